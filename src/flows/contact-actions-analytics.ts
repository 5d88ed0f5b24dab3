/**
 * The Contact Lens settings of the recording actions (`UpdateContactRecordingBehavior`,
 * `UpdateContactRecordingAndAnalyticsBehavior`): redaction, analysis modes, summaries.
 */

/** What Contact Lens gives when it redacts: the redacted output only, or the original too. */
export enum FlowRedactionResults {
  /** The redacted and the original transcripts and audio. */
  REDACTED_AND_ORIGINAL = 'RedactedAndOriginal',
  /** The redacted transcripts and audio only. */
  REDACTED_ONLY = 'RedactedOnly',
}

/** How redacted data is replaced. */
export enum FlowRedactionMaskMode {
  /** Every entity becomes `[PII]`. */
  PII = 'PII',
  /** Each entity becomes its type, such as `[NAME]`. */
  ENTITY_TYPE = 'EntityType',
}

/** The kinds of sensitive data Contact Lens can redact. */
export enum FlowRedactionEntity {
  /** Bank account numbers. */
  BANK_ACCOUNT_NUMBER = 'BANK_ACCOUNT_NUMBER',
  /** Bank routing numbers. */
  BANK_ROUTING = 'BANK_ROUTING',
  /** Credit and debit card numbers. */
  CREDIT_DEBIT_NUMBER = 'CREDIT_DEBIT_NUMBER',
  /** Card verification codes. */
  CREDIT_DEBIT_CVV = 'CREDIT_DEBIT_CVV',
  /** Card expiry dates. */
  CREDIT_DEBIT_EXPIRY = 'CREDIT_DEBIT_EXPIRY',
  /** IBANs. */
  INTERNATIONAL_BANK_ACCOUNT_NUMBER = 'INTERNATIONAL_BANK_ACCOUNT_NUMBER',
  /** PINs. */
  PIN = 'PIN',
  /** SWIFT codes. */
  SWIFT_CODE = 'SWIFT_CODE',
  /** Canadian health numbers. */
  CA_HEALTH_NUMBER = 'CA_HEALTH_NUMBER',
  /** UK NHS numbers. */
  UK_NATIONAL_HEALTH_SERVICE_NUMBER = 'UK_NATIONAL_HEALTH_SERVICE_NUMBER',
  /** Canadian social insurance numbers. */
  CA_SOCIAL_INSURANCE_NUMBER = 'CA_SOCIAL_INSURANCE_NUMBER',
  /** US social security numbers. */
  SSN = 'SSN',
  /** UK national insurance numbers. */
  UK_NATIONAL_INSURANCE_NUMBER = 'UK_NATIONAL_INSURANCE_NUMBER',
  /** Passport numbers. */
  PASSPORT_NUMBER = 'PASSPORT_NUMBER',
  /** Driver's license numbers. */
  DRIVER_ID = 'DRIVER_ID',
  /** Indian Aadhaar numbers. */
  IN_AADHAAR = 'IN_AADHAAR',
  /** Names. */
  NAME = 'NAME',
  /** Ages. */
  AGE = 'AGE',
  /** Email addresses. */
  EMAIL = 'EMAIL',
  /** Phone numbers. */
  PHONE = 'PHONE',
  /** Postal addresses. */
  ADDRESS = 'ADDRESS',
  /** US ITINs. */
  US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER = 'US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER',
  /** UK taxpayer references. */
  UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER = 'UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER',
  /** Indian PANs. */
  IN_PERMANENT_ACCOUNT_NUMBER = 'IN_PERMANENT_ACCOUNT_NUMBER',
  /** Indian NREGA numbers. */
  IN_NREGA = 'IN_NREGA',
  /** AWS access keys. */
  AWS_ACCESS_KEY = 'AWS_ACCESS_KEY',
  /** AWS secret keys. */
  AWS_SECRET_KEY = 'AWS_SECRET_KEY',
  /** IP addresses. */
  IP_ADDRESS = 'IP_ADDRESS',
  /** MAC addresses. */
  MAC_ADDRESS = 'MAC_ADDRESS',
  /** Passwords. */
  PASSWORD = 'PASSWORD',
  /** URLs. */
  URL = 'URL',
  /** User names. */
  USERNAME = 'USERNAME',
  /** License plates. */
  LICENSE_PLATE = 'LICENSE_PLATE',
  /** Vehicle identification numbers. */
  VEHICLE_IDENTIFICATION_NUMBER = 'VEHICLE_IDENTIFICATION_NUMBER',
  /** Indian voter numbers. */
  IN_VOTER_NUMBER = 'IN_VOTER_NUMBER',
  /** Dates and times. */
  DATE_TIME = 'DATE_TIME',
  /** The agent's display name. */
  AGENT_DISPLAY_NAME = 'AGENT_DISPLAY_NAME',
  /** The customer's display name. */
  CUSTOMER_DISPLAY_NAME = 'CUSTOMER_DISPLAY_NAME',
  /** Attachment names. */
  ATTACHMENT_NAME = 'ATTACHMENT_NAME',
}

/** When Contact Lens analyzes a voice contact. */
export enum FlowVoiceAnalyticsMode {
  /** While the call goes on, and after it. */
  REAL_TIME = 'RealTime',
  /** After the call. */
  POST_CONTACT = 'PostContact',
}

/** Which summaries Contact Lens writes. */
export enum FlowSummaryMode {
  /** A summary of the contact after it ends. */
  POST_CONTACT = 'PostContact',
  /** A summary of the automated interaction (IVR, bot). */
  AUTOMATED_INTERACTION = 'AutomatedInteraction',
}

/** Redaction of sensitive data in Contact Lens output (transcripts, audio). */
export interface FlowAnalyticsRedaction {
  /** Whether the original output is kept beside the redacted one. @default - the service's default */
  readonly results?: FlowRedactionResults;

  /** How redacted data is replaced. @default FlowRedactionMaskMode.PII */
  readonly maskMode?: FlowRedactionMaskMode;

  /** The kinds of data to redact (not empty). @default - every kind of personal data */
  readonly entities?: FlowRedactionEntity[];
}

/** Contact Lens analytics of an `UpdateContactRecordingBehavior` action (voice; agent and customer recorded). */
export interface FlowRecordingAnalytics {
  /** The language of the conversation, such as `en-US`. */
  readonly language: string;

  /** When voice contacts are analyzed. @default FlowVoiceAnalyticsMode.POST_CONTACT */
  readonly voiceMode?: FlowVoiceAnalyticsMode;

  /** Analyze chat contacts too. @default false */
  readonly chat?: boolean;

  /** Redact sensitive data. @default - no redaction */
  readonly redaction?: FlowAnalyticsRedaction;

  /** Write a post-contact summary. @default false */
  readonly postContactSummary?: boolean;

  /** Analyze sentiment. @default - the service's default */
  readonly sentiment?: boolean;
}

/** Contact Lens analytics of voice contacts. */
export interface FlowVoiceAnalytics {
  /** The language of the conversation, such as `en-US`. */
  readonly language: string;

  /** When the call is analyzed. @default FlowVoiceAnalyticsMode.POST_CONTACT */
  readonly mode?: FlowVoiceAnalyticsMode;

  /** Analyze the automated part of the call (IVR, bots) too. @default false */
  readonly automatedInteraction?: boolean;

  /** Redact sensitive data. @default - no redaction */
  readonly redaction?: FlowAnalyticsRedaction;

  /** Analyze sentiment. @default - the service's default */
  readonly sentiment?: boolean;

  /** The summaries to write. @default - none */
  readonly summaryModes?: FlowSummaryMode[];
}

/** Redaction of chat messages while they are sent. */
export interface FlowInFlightChatRedaction {
  /** How redacted data is replaced. @default FlowRedactionMaskMode.PII */
  readonly maskMode?: FlowRedactionMaskMode;

  /**
   * The kinds of data to redact (not empty; not the Indian ids, dates, display names and attachment names).
   *
   * @default - every kind of personal data
   */
  readonly entities?: FlowRedactionEntity[];

  /** Deliver messages whose redaction failed. @default - the service's default */
  readonly deliverUnprocessedMessages?: boolean;
}

/** Contact Lens analytics of chat contacts. */
export interface FlowChatAnalytics {
  /** The language of the conversation, such as `en-US`, or a JSONPath. */
  readonly language: string;

  /** Redact sensitive data in the analytics output. @default - no redaction */
  readonly redaction?: FlowAnalyticsRedaction;

  /** Redact messages while they are sent. @default - no in-flight redaction */
  readonly inFlightRedaction?: FlowInFlightChatRedaction;

  /** Analyze sentiment. @default - the service's default */
  readonly sentiment?: boolean;

  /** The summaries to write. @default - none */
  readonly summaryModes?: FlowSummaryMode[];
}
