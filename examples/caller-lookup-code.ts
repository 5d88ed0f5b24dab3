/**
 * The caller lookup: a small function that stands in for a CRM, keyed by the
 * caller's number. It answers with a flat map of strings, as the flow reads
 * it (`$.External.tier`, `$.External.firstName`). The bench's L1 twin deploys the same code.
 * https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 */
export const CALLER_LOOKUP_CODE = `
const CUSTOMERS = {
  '+12065550100': { firstName: 'Maria', vip: true },
  '+12065550101': { firstName: 'John', vip: false },
};
exports.handler = async (event) => {
  const customer = CUSTOMERS[event.Details.Parameters.phoneNumber];
  if (!customer) {
    return { tier: 'unknown', firstName: '' };
  }
  return { tier: customer.vip ? 'vip' : 'customer', firstName: customer.firstName };
};
`;
