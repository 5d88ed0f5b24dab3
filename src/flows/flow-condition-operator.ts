/**
 * How a condition branch compares an action's result with its operand (`Condition.Operator`).
 * Every operator takes one operand, a string; the `Number…` ones are false when either side is not a number.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-actions.html
 */
export enum FlowConditionOperator {
  /** The result is exactly the operand. */
  EQUALS = 'Equals',
  /** The result, as text, begins with the operand. */
  TEXT_STARTS_WITH = 'TextStartsWith',
  /** The result, as text, ends with the operand. */
  TEXT_ENDS_WITH = 'TextEndsWith',
  /** The result, as text, contains the operand. */
  TEXT_CONTAINS = 'TextContains',
  /** The result, as a number, is larger than the operand. */
  NUMBER_GREATER_THAN = 'NumberGreaterThan',
  /** The result, as a number, is larger than or equal to the operand. */
  NUMBER_GREATER_OR_EQUAL_TO = 'NumberGreaterOrEqualTo',
  /** The result, as a number, is smaller than the operand. */
  NUMBER_LESS_THAN = 'NumberLessThan',
  /** The result, as a number, is smaller than or equal to the operand. */
  NUMBER_LESS_OR_EQUAL_TO = 'NumberLessOrEqualTo',
}
