package consumer;

import java.util.List;
import java.util.Map;

import io.github.cdkconnectinstance.AdminOptions;
import io.github.cdkconnectinstance.ConnectInstance;
import io.github.cdkconnectinstance.ConnectInstanceProps;
import io.github.cdkconnectinstance.ConnectManagedIdentityOptions;
import io.github.cdkconnectinstance.IdentityManagement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * A Java team's stack with a ConnectInstance (Connect-managed, an administrator,
 * default storage), synthesized with the Maven artifact from dist/java and
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
        new ConnectInstance(stack, "ContactCenter", ConnectInstanceProps.builder()
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
}
