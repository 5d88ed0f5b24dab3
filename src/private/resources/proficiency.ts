/**
 * The longest attribute name and value a user's proficiency takes (AWS::Connect::User
 * UserProficiency; the Connect API takes 100, CloudFormation's schema 64).
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-connect-user-userproficiency.html
 */
export const MAX_PROFICIENCY_TEXT = 64;
