// A Go team's stack with a ConnectInstance (Connect-managed, an administrator,
// default storage), synthesized with the module from dist/go and checked with
// aws-cdk-lib's assertions. scripts/test-go.sh writes the go.mod that points
// the module at dist/go.
package consumer

import (
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
	cdkconnectinstance.NewConnectInstance(stack, jsii.String("ContactCenter"), &cdkconnectinstance.ConnectInstanceProps{
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
	return assertions.Template_FromStack(stack, nil)
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
}
