"""A Python team's stack with a ConnectInstance (Connect-managed, an
administrator, default storage), synthesized with the wheel from dist/python
and checked with aws-cdk-lib's assertions. Run by scripts/test-python.sh."""
import unittest

import aws_cdk as cdk
from aws_cdk.assertions import Match, Template

from cdk_connect_instance import ConnectInstance, IdentityManagement


class ConnectInstanceFromPython(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        app = cdk.App()
        stack = cdk.Stack(app, "ContactCenter", env=cdk.Environment(region="eu-west-2"))
        ConnectInstance(
            stack,
            "ContactCenter",
            identity=IdentityManagement.connect_managed(instance_alias="python-check"),
            admin={"username": "admin", "first_name": "Ada", "last_name": "Admin", "email": "ada@example.com"},
        )
        cls.template = Template.from_stack(stack)

    def test_instance(self):
        self.template.resource_count_is("AWS::Connect::Instance", 1)
        self.template.has_resource_properties(
            "AWS::Connect::Instance",
            {"IdentityManagementType": "CONNECT_MANAGED", "InstanceAlias": "python-check"},
        )

    def test_admin_user(self):
        self.template.resource_count_is("AWS::Connect::User", 1)
        self.template.has_resource_properties(
            "AWS::Connect::User",
            {
                "Username": "admin",
                "IdentityInfo": Match.object_like({"FirstName": "Ada", "LastName": "Admin", "Email": "ada@example.com"}),
            },
        )

    def test_default_storage(self):
        for resource_type in ["CALL_RECORDINGS", "CHAT_TRANSCRIPTS", "SCHEDULED_REPORTS"]:
            self.template.has_resource_properties(
                "AWS::Connect::InstanceStorageConfig",
                {"ResourceType": resource_type, "StorageType": "S3"},
            )


if __name__ == "__main__":
    unittest.main()
