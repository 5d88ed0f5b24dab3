// A Go team's stack with a ConnectInstance (Connect-managed, an administrator,
// default storage) and its next steps (weekday hours, a queue in those hours,
// an inbound flow and a claimed number routed to it), synthesized with the module from dist/go and checked with
// aws-cdk-lib's assertions. scripts/test-go.sh writes the go.mod that points
// the module at dist/go.
package consumer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/assertions"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk-connect-instance/cdk-connect-instance-go/cdkconnectinstance"
)

func synthesize() assertions.Template {
	app := awscdk.NewApp(nil)
	stack := awscdk.NewStack(app, jsii.String("ContactCenter"), &awscdk.StackProps{
		Env: &awscdk.Environment{Region: jsii.String("eu-west-2")},
	})
	cc := cdkconnectinstance.NewConnectInstance(stack, jsii.String("ContactCenter"), &cdkconnectinstance.ConnectInstanceProps{
		Identity: cdkconnectinstance.IdentityManagement_ConnectManaged(&cdkconnectinstance.ConnectManagedIdentityOptions{
			InstanceAlias: jsii.String("go-check"),
		}),
		Admin: &cdkconnectinstance.AdminOptions{
			Username:  jsii.String("admin"),
			FirstName: jsii.String("Ada"),
			LastName:  jsii.String("Admin"),
			Email:     jsii.String("ada@example.com"),
		},
	})
	open := append(*cdkconnectinstance.HoursOfOperation_Weekdays(
		cdkconnectinstance.TimeOfDay_Of(jsii.Number(9), nil),
		cdkconnectinstance.TimeOfDay_Parse(jsii.String("17:30")),
	), &cdkconnectinstance.OpenHours{
		Day:   cdkconnectinstance.DayOfWeek_SATURDAY,
		Start: cdkconnectinstance.TimeOfDay_Of(jsii.Number(10), nil),
		End:   cdkconnectinstance.TimeOfDay_MIDNIGHT(),
	})
	hours := cc.AddHoursOfOperation(jsii.String("SupportHours"), &cdkconnectinstance.HoursOfOperationOptions{
		HoursOfOperationName: jsii.String("Support hours"),
		TimeZone:             jsii.String("Europe/London"),
		Hours:                &open,
	})
	cc.AddQueue(jsii.String("Support"), &cdkconnectinstance.QueueOptions{
		QueueName:        jsii.String("Support"),
		HoursOfOperation: hours,
		MaxContacts:      jsii.Number(10),
	})
	inbound := cc.AddContactFlow(jsii.String("Inbound"), &cdkconnectinstance.ContactFlowOptions{
		ContactFlowName: jsii.String("Inbound"),
		Type:            cdkconnectinstance.ContactFlowType_CONTACT_FLOW,
		Content: cdkconnectinstance.FlowContent_FromString(jsii.String(`{"Version":"2019-10-30","StartAction":"end",` +
			`"Actions":[{"Identifier":"end","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}`), nil),
	})
	cc.AddPhoneNumber(jsii.String("MainLine"), &cdkconnectinstance.PhoneNumberOptions{
		CountryCode: jsii.String("GB"),
		Type:        cdkconnectinstance.PhoneNumberType_DID,
		ContactFlow: inbound,
	})
	return assertions.Template_FromStack(stack, nil)
}

func logicalID(t *testing.T, template assertions.Template, resourceType string) string {
	found := *template.FindResources(jsii.String(resourceType), nil)
	if len(found) != 1 {
		t.Fatalf("%s: %d resources, want 1", resourceType, len(found))
	}
	for id := range found {
		return id
	}
	return ""
}

func openRange(day string, start, end [2]int) map[string]interface{} {
	return map[string]interface{}{
		"Day":       day,
		"StartTime": map[string]interface{}{"Hours": start[0], "Minutes": start[1]},
		"EndTime":   map[string]interface{}{"Hours": end[0], "Minutes": end[1]},
	}
}

func TestConnectInstanceFromGo(t *testing.T) {
	template := synthesize()

	t.Run("instance", func(t *testing.T) {
		template.ResourceCountIs(jsii.String("AWS::Connect::Instance"), jsii.Number(1))
		template.HasResourceProperties(jsii.String("AWS::Connect::Instance"), map[string]interface{}{
			"IdentityManagementType": "CONNECT_MANAGED",
			"InstanceAlias":          "go-check",
		})
	})

	t.Run("admin user", func(t *testing.T) {
		template.ResourceCountIs(jsii.String("AWS::Connect::User"), jsii.Number(1))
		template.HasResourceProperties(jsii.String("AWS::Connect::User"), map[string]interface{}{
			"Username": "admin",
			"IdentityInfo": assertions.Match_ObjectLike(&map[string]interface{}{
				"FirstName": "Ada", "LastName": "Admin", "Email": "ada@example.com",
			}),
		})
	})

	t.Run("default storage", func(t *testing.T) {
		for _, resourceType := range []string{"CALL_RECORDINGS", "CHAT_TRANSCRIPTS", "SCHEDULED_REPORTS"} {
			template.HasResourceProperties(jsii.String("AWS::Connect::InstanceStorageConfig"), map[string]interface{}{
				"ResourceType": resourceType,
				"StorageType":  "S3",
			})
		}
	})

	t.Run("hours of operation", func(t *testing.T) {
		config := []interface{}{}
		for _, day := range []string{"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"} {
			config = append(config, openRange(day, [2]int{9, 0}, [2]int{17, 30}))
		}
		config = append(config, openRange("SATURDAY", [2]int{10, 0}, [2]int{0, 0}))
		template.HasResourceProperties(jsii.String("AWS::Connect::HoursOfOperation"), map[string]interface{}{
			"Name":     "Support hours",
			"TimeZone": "Europe/London",
			"Config":   config,
		})
	})

	t.Run("queue in the hours", func(t *testing.T) {
		template.HasResourceProperties(jsii.String("AWS::Connect::Queue"), map[string]interface{}{
			"Name":                "Support",
			"MaxContacts":         10,
			"HoursOfOperationArn": map[string]interface{}{"Fn::GetAtt": []interface{}{logicalID(t, template, "AWS::Connect::HoursOfOperation"), "HoursOfOperationArn"}},
		})
	})

	t.Run("number routed to the inbound flow", func(t *testing.T) {
		template.HasResourceProperties(jsii.String("AWS::Connect::ContactFlow"), map[string]interface{}{
			"Name":    "Inbound",
			"Type":    "CONTACT_FLOW",
			"Content": assertions.Match_SerializedJson(assertions.Match_ObjectLike(&map[string]interface{}{"StartAction": "end"})),
		})
		template.HasResourceProperties(jsii.String("AWS::Connect::PhoneNumber"), map[string]interface{}{"CountryCode": "GB", "Type": "DID"})
		template.HasResourceProperties(jsii.String("Custom::ConnectPhoneNumberContactFlow"), map[string]interface{}{
			"PhoneNumberArn": map[string]interface{}{"Fn::GetAtt": []interface{}{logicalID(t, template, "AWS::Connect::PhoneNumber"), "PhoneNumberArn"}},
			"ContactFlowArn": map[string]interface{}{"Fn::GetAtt": []interface{}{logicalID(t, template, "AWS::Connect::ContactFlow"), "ContactFlowArn"}},
		})
	})

	t.Run("time of day rejects a bad hour, naming it", func(t *testing.T) {
		defer func() {
			message := fmt.Sprint(recover())
			if !strings.Contains(message, "hours must be a whole number from 0 to 23") || !strings.Contains(message, "got 24") {
				t.Fatalf("TimeOfDay_Of(24): got %q, want an error naming hours and 24", message)
			}
		}()
		cdkconnectinstance.TimeOfDay_Of(jsii.Number(24), nil)
	})
}
