import { fieldErrors } from './settings-errors';

/** A failed request as the admin's fetch client throws it (`FetchError`). */
const failed = (errors: unknown) => Object.assign(new Error('Request failed'), { response: { data: { error: { status: 400, details: { errors } } } } });

describe('fieldErrors', () => {
  it('names each field the server rejected, dotted paths nested as the form looks them up', () => {
    expect(
      fieldErrors(
        failed([
          { path: ['publisherUrl'], message: 'publisherUrl must be an http(s) URL' },
          { path: ['rights', 'holder'], message: 'too long' },
        ])
      )
    ).toEqual({ publisherUrl: 'publisherUrl must be an http(s) URL', rights: { holder: 'too long' } });
  });

  it('shows an error on the copyright templates under each template input', () => {
    expect(fieldErrors(failed([{ path: ['copyrightTemplates'], message: 'must contain {holder}' }]))).toEqual({
      copyrightTemplates: { ar: 'must contain {holder}', en: 'must contain {holder}' },
    });
  });

  it('is null when the failure names no field: a 403, a network error, anything else', () => {
    expect(fieldErrors(failed([{ path: [], message: 'settings must be an object' }]))).toBeNull();
    expect(fieldErrors(Object.assign(new Error('Forbidden'), { response: { data: { error: { status: 403 } } } }))).toBeNull();
    expect(fieldErrors(new TypeError('Failed to fetch'))).toBeNull();
    expect(fieldErrors('boom')).toBeNull();
    expect(fieldErrors(failed([null, { path: ['x'] }]))).toBeNull();
  });
});
