package consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.cdkconnectinstance.AdminOptions;
import io.github.cdkconnectinstance.ConnectInstance;
import io.github.cdkconnectinstance.ConnectInstanceProps;
import io.github.cdkconnectinstance.ConnectManagedIdentityOptions;
import io.github.cdkconnectinstance.ContactFlowOptions;
import io.github.cdkconnectinstance.ContactFlowType;
import io.github.cdkconnectinstance.DayOfWeek;
import io.github.cdkconnectinstance.FlowContent;
import io.github.cdkconnectinstance.HoursOfOperation;
import io.github.cdkconnectinstance.HoursOfOperationOptions;
import io.github.cdkconnectinstance.IContactFlow;
import io.github.cdkconnectinstance.IHoursOfOperation;
import io.github.cdkconnectinstance.IdentityManagement;
import io.github.cdkconnectinstance.OpenHours;
import io.github.cdkconnectinstance.PhoneNumberOptions;
import io.github.cdkconnectinstance.PhoneNumberType;
import io.github.cdkconnectinstance.QueueOptions;
import io.github.cdkconnectinstance.TimeOfDay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * A Java team's stack with a ConnectInstance (Connect-managed, an administrator,
 * default storage) and its next steps (weekday hours, a queue in those hours,
 * an inbound flow and a claimed number routed to it), synthesized with the Maven artifact from dist/java and
 * checked with aws-cdk-lib's assertions.
 */
class ConnectInstanceTest {
    private static Template template;

    @BeforeAll
    static void synthesize() {
        App app = new App();
        Stack stack = new Stack(app, "ContactCenter", StackProps.builder()
                .env(Environment.builder().region("eu-west-2").build())
                .build());
        ConnectInstance cc = new ConnectInstance(stack, "ContactCenter", ConnectInstanceProps.builder()
                .identity(IdentityManagement.connectManaged(ConnectManagedIdentityOptions.builder()
                        .instanceAlias("java-check")
                        .build()))
                .admin(AdminOptions.builder()
                        .username("admin")
                        .firstName("Ada")
                        .lastName("Admin")
                        .email("ada@example.com")
                        .build())
                .build());
        List<OpenHours> open = new ArrayList<>(HoursOfOperation.weekdays(TimeOfDay.of(9), TimeOfDay.parse("17:30")));
        open.add(OpenHours.builder().day(DayOfWeek.SATURDAY).start(TimeOfDay.of(10)).end(TimeOfDay.MIDNIGHT).build());
        IHoursOfOperation hours = cc.addHoursOfOperation("SupportHours", HoursOfOperationOptions.builder()
                .hoursOfOperationName("Support hours")
                .timeZone("Europe/London")
                .hours(open)
                .build());
        cc.addQueue("Support", QueueOptions.builder()
                .queueName("Support")
                .hoursOfOperation(hours)
                .maxContacts(10)
                .build());
        IContactFlow inbound = cc.addContactFlow("Inbound", ContactFlowOptions.builder()
                .contactFlowName("Inbound")
                .type(ContactFlowType.CONTACT_FLOW)
                .content(FlowContent.fromObject(Map.of(
                        "Version", "2019-10-30",
                        "StartAction", "end",
                        "Actions", List.of(Map.of(
                                "Identifier", "end", "Type", "DisconnectParticipant",
                                "Parameters", Map.of(), "Transitions", Map.of())))))
                .build());
        cc.addPhoneNumber("MainLine", PhoneNumberOptions.builder()
                .countryCode("GB")
                .type(PhoneNumberType.DID)
                .contactFlow(inbound)
                .build());
        template = Template.fromStack(stack);
    }

    @Test
    void instance() {
        template.resourceCountIs("AWS::Connect::Instance", 1);
        template.hasResourceProperties("AWS::Connect::Instance", Map.of(
                "IdentityManagementType", "CONNECT_MANAGED",
                "InstanceAlias", "java-check"));
    }

    @Test
    void adminUser() {
        template.resourceCountIs("AWS::Connect::User", 1);
        template.hasResourceProperties("AWS::Connect::User", Map.of(
                "Username", "admin",
                "IdentityInfo", Match.objectLike(Map.of("FirstName", "Ada", "LastName", "Admin", "Email", "ada@example.com"))));
    }

    @Test
    void defaultStorage() {
        for (String resourceType : List.of("CALL_RECORDINGS", "CHAT_TRANSCRIPTS", "SCHEDULED_REPORTS")) {
            template.hasResourceProperties("AWS::Connect::InstanceStorageConfig", Map.of(
                    "ResourceType", resourceType,
                    "StorageType", "S3"));
        }
    }

    @Test
    void hoursOfOperation() {
        List<Object> config = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            config.add(range(day, 9, 0, 17, 30));
        }
        config.add(range("SATURDAY", 10, 0, 0, 0));
        template.hasResourceProperties("AWS::Connect::HoursOfOperation", Map.of(
                "Name", "Support hours",
                "TimeZone", "Europe/London",
                "Config", config));
    }

    @Test
    void queueInTheHours() {
        template.hasResourceProperties("AWS::Connect::Queue", Map.of(
                "Name", "Support",
                "MaxContacts", 10,
                "HoursOfOperationArn", Map.of("Fn::GetAtt", List.of(logicalId("AWS::Connect::HoursOfOperation"), "HoursOfOperationArn"))));
    }

    @Test
    void numberRoutedToTheInboundFlow() {
        template.hasResourceProperties("AWS::Connect::ContactFlow", Map.of(
                "Name", "Inbound",
                "Type", "CONTACT_FLOW",
                "Content", Match.serializedJson(Match.objectLike(Map.of("StartAction", "end")))));
        template.hasResourceProperties("AWS::Connect::PhoneNumber", Map.of("CountryCode", "GB", "Type", "DID"));
        template.hasResourceProperties("Custom::ConnectPhoneNumberContactFlow", Map.of(
                "PhoneNumberArn", Map.of("Fn::GetAtt", List.of(logicalId("AWS::Connect::PhoneNumber"), "PhoneNumberArn")),
                "ContactFlowArn", Map.of("Fn::GetAtt", List.of(logicalId("AWS::Connect::ContactFlow"), "ContactFlowArn"))));
    }

    @Test
    void timeOfDayRejectsABadHourNamingIt() {
        RuntimeException error = assertThrows(RuntimeException.class, () -> TimeOfDay.of(24));
        assertTrue(error.getMessage().contains("hours must be a whole number from 0 to 23"), error.getMessage());
        assertTrue(error.getMessage().contains("got 24"), error.getMessage());
    }

    private static Map<String, Object> range(String day, int startHours, int startMinutes, int endHours, int endMinutes) {
        return Map.of(
                "Day", day,
                "StartTime", Map.of("Hours", startHours, "Minutes", startMinutes),
                "EndTime", Map.of("Hours", endHours, "Minutes", endMinutes));
    }

    private static String logicalId(String type) {
        Map<String, Map<String, Object>> found = template.findResources(type);
        assertEquals(1, found.size(), type);
        return found.keySet().iterator().next();
    }
}
