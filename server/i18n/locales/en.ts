// The server's user-facing messages in English, the source catalogue (ICU MessageFormat, like the client's).
const en = {
  'csv.notUtf8': 'The file is not UTF-8 text: save it as "CSV UTF-8" and try again.',
  'csv.unreadable': 'The CSV cannot be read: {detail}',
  'csv.tooManyRows': 'At most {max, number} rows per file.',
  'csv.columnCount': 'Expected {expected, number} columns, found {found, number}.',
  'csv.yesNo': 'Write yes or no.',
  'csv.unknownRegion': '"{name}" is not a region of this community.',
  'csv.header': 'The header must be: {columns} ({detail}).',
  'csv.headerOrder': 'in this order',
  'csv.headerMissing': 'missing {columns}',
  'csv.headerUnknown': 'unknown {columns}',
  'field.required': 'is required',
  'field.tooLong': 'must be at most {max, number} characters',
  'field.notUnicode': 'must be valid Unicode text',
  'field.controlCharacters': 'must not contain control characters',
  'field.email': 'is not an email address',
  'field.tooManyInterests': 'at most {max, number} interests',
  'field.tooManyPeople': 'at most {max, number} people',
};

export default en;
