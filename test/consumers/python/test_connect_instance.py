"""A Python team's stack with a ConnectInstance (Connect-managed, an
administrator, default storage) and its next steps (weekday hours, a queue
in those hours, an inbound flow and a claimed number routed to it),
synthesized with the wheel from dist/python and checked with aws-cdk-lib's
assertions. Run by scripts/test-python.sh."""
import unittest

import aws_cdk as cdk
from aws_cdk.assertions import Match, Template

from cdk_connect_instance import (
    ConnectInstance,
    ContactFlowType,
    DayOfWeek,
    FlowContent,
    HoursOfOperation,
    IdentityManagement,
    OpenHours,
    PhoneNumberType,
    TimeOfDay,
)

FLOW = {
    "Version": "2019-10-30",
    "StartAction": "end",
    "Actions": [{"Identifier": "end", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}],
}


class ConnectInstanceFromPython(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        app = cdk.App()
        stack = cdk.Stack(app, "ContactCenter", env=cdk.Environment(region="eu-west-2"))
        cc = ConnectInstance(
            stack,
            "ContactCenter",
            identity=IdentityManagement.connect_managed(instance_alias="python-check"),
            admin={"username": "admin", "first_name": "Ada", "last_name": "Admin", "email": "ada@example.com"},
        )
        hours = cc.add_hours_of_operation(
            "SupportHours",
            hours_of_operation_name="Support hours",
            time_zone="Europe/London",
            hours=[
                *HoursOfOperation.weekdays(TimeOfDay.of(9), TimeOfDay.parse("17:30")),
                OpenHours(day=DayOfWeek.SATURDAY, start=TimeOfDay.of(10), end=TimeOfDay.MIDNIGHT),
            ],
        )
        cc.add_queue("Support", queue_name="Support", hours_of_operation=hours, max_contacts=10)
        inbound = cc.add_contact_flow(
            "Inbound",
            contact_flow_name="Inbound",
            type=ContactFlowType.CONTACT_FLOW,
            content=FlowContent.from_object(FLOW),
        )
        cc.add_phone_number("MainLine", country_code="GB", type=PhoneNumberType.DID, contact_flow=inbound)
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

    def test_hours_of_operation(self):
        day = lambda name, start, end: {
            "Day": name,
            "StartTime": {"Hours": start[0], "Minutes": start[1]},
            "EndTime": {"Hours": end[0], "Minutes": end[1]},
        }
        self.template.has_resource_properties(
            "AWS::Connect::HoursOfOperation",
            {
                "Name": "Support hours",
                "TimeZone": "Europe/London",
                "Config": [
                    *[day(d, (9, 0), (17, 30)) for d in ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]],
                    day("SATURDAY", (10, 0), (0, 0)),
                ],
            },
        )

    def test_queue_in_the_hours(self):
        hours = self._logical_id("AWS::Connect::HoursOfOperation")
        self.template.has_resource_properties(
            "AWS::Connect::Queue",
            {
                "Name": "Support",
                "MaxContacts": 10,
                "HoursOfOperationArn": {"Fn::GetAtt": [hours, "HoursOfOperationArn"]},
            },
        )

    def test_number_routed_to_the_inbound_flow(self):
        self.template.has_resource_properties(
            "AWS::Connect::ContactFlow",
            {"Name": "Inbound", "Type": "CONTACT_FLOW", "Content": Match.serialized_json(Match.object_like({"StartAction": "end"}))},
        )
        self.template.has_resource_properties("AWS::Connect::PhoneNumber", {"CountryCode": "GB", "Type": "DID"})
        self.template.has_resource_properties(
            "Custom::ConnectPhoneNumberContactFlow",
            {
                "PhoneNumberArn": {"Fn::GetAtt": [self._logical_id("AWS::Connect::PhoneNumber"), "PhoneNumberArn"]},
                "ContactFlowArn": {"Fn::GetAtt": [self._logical_id("AWS::Connect::ContactFlow"), "ContactFlowArn"]},
            },
        )

    def test_time_of_day_rejects_a_bad_hour_naming_it(self):
        with self.assertRaisesRegex(Exception, "hours must be a whole number from 0 to 23.*got 24"):
            TimeOfDay.of(24)

    def _logical_id(self, resource_type):
        found = self.template.find_resources(resource_type)
        self.assertEqual(len(found), 1, resource_type)
        return next(iter(found))


if __name__ == "__main__":
    unittest.main()
