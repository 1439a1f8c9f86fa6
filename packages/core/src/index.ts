export { SEVERITIES, toJsonPointer, fromJsonPointer } from './validation/issue.js';
export type {
  Severity,
  PathSegment,
  SourcePosition,
  ValidationIssue,
  ValidationResult,
} from './validation/issue.js';
export type { IssueCode, IssueParams, IssueText, MessageCatalogue } from './messages/catalogue.js';
export { en as englishMessages } from './messages/en.js';
export { AicbError, DocumentValidationError } from './errors.js';
