import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../api/graphql';
import { fieldError } from './field-errors';

const labels = { title: 'Title', regionId: 'Region' };

describe('fieldError', () => {
  it('when the server names a field of the form, then the message goes there, starting with its label', () => {
    const error = new GraphQLRequestError('regionId is not a region of this community.', 'BAD_USER_INPUT', 'regionId');

    expect(fieldError(error, labels)).toEqual({ field: 'regionId', message: 'Region is not a region of this community.' });
  });

  it('when the server words it in Spanish ("regionId: es obligatorio."), then the label replaces the name too', () => {
    const error = new GraphQLRequestError('title: es obligatorio.', 'BAD_USER_INPUT', 'title');

    expect(fieldError(error, { title: 'Título' })).toEqual({ field: 'title', message: 'Título: es obligatorio.' });
  });

  it('when the message does not start with the field name, then the label is put in front', () => {
    const error = new GraphQLRequestError('Too long.', 'BAD_USER_INPUT', 'title');

    expect(fieldError(error, labels)).toEqual({ field: 'title', message: 'Title: Too long.' });
  });

  it('when the field is not on the form or the error is another kind, then it is for the whole form', () => {
    expect(fieldError(new GraphQLRequestError('input is wrong.', 'BAD_USER_INPUT', 'input'), labels).field).toBeNull();
    expect(fieldError(new GraphQLRequestError('Not allowed.', 'FORBIDDEN'), labels)).toEqual({ field: null, message: 'Not allowed.' });
    expect(fieldError(new TypeError('Failed to fetch'), labels)).toEqual({ field: null, message: 'Failed to fetch' });
  });
});
