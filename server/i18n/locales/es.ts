import type { ServerCatalogue } from '../catalogue-type.ts';

const es: ServerCatalogue = {
  'csv.notUtf8': 'El archivo no es texto UTF-8: guárdalo como "CSV UTF-8" y vuelve a intentarlo.',
  'csv.unreadable': 'No se puede leer el CSV: {detail}',
  'csv.tooManyRows': 'Como máximo {max, number} filas por archivo.',
  'csv.columnCount': 'Se esperaban {expected, number} columnas y hay {found, number}.',
  'csv.yesNo': 'Escribe yes o no.',
  'csv.unknownRegion': '"{name}" no es una región de esta comunidad.',
  'csv.header': 'El encabezado debe ser: {columns} ({detail}).',
  'csv.headerOrder': 'en este orden',
  'csv.headerMissing': 'faltan {columns}',
  'csv.headerUnknown': 'desconocidas {columns}',
  'field.required': 'es obligatorio',
  'field.tooLong': 'debe tener como máximo {max, number} caracteres',
  'field.notUnicode': 'debe ser texto Unicode válido',
  'field.controlCharacters': 'no debe contener caracteres de control',
  'field.email': 'no es una dirección de correo',
  'field.tooManyInterests': 'como máximo {max, number} intereses',
  'field.tooManyPeople': 'como máximo {max, number} personas',
};

export default es;
