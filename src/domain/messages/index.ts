// Coded messages: the catalogue (English and bokmål for every code) and the value that carries a code.
export { CATALOGUE, COMPANY_FIELD_NB, type Lang } from './catalogue.js';
export type { FileKind } from './operations.js';
export {
  type CodedData,
  type MessageCode,
  type MessageParams,
  type Notice,
  reviveText,
  Text,
  text,
  textIn,
} from './text.js';
