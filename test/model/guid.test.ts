import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { armGuid, ARM_GUID_NAMESPACE, isGuid } from '../../lib/model/guid';
import { registrationAssignmentGuid, registrationDefinitionGuid, sanitizeKey } from '../../lib/model/ids';

describe('armGuid', () => {
  test('reproduces the ARM test vector guid("test")', () => {
    expect(armGuid('test')).toBe('d6a5baf1-8b9b-542a-8525-2982f1f98a0c');
  });

  test('reproduces the documented example for the stock sample offer name', () => {
    expect(armGuid('Relecloud Managed Services')).toBe('a284898a-fc04-581d-aca0-047861d06160');
  });

  test('several arguments hash as the single argument joined by "-"', () => {
    expect(armGuid('a', 'b', 'c')).toBe(armGuid('a-b-c'));
    expect(armGuid('a', 'b')).not.toBe(armGuid('ab'));
  });

  test('is a version-5, RFC 4122 variant UUID for any input', () => {
    fc.assert(fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (parts) => {
      const guid = armGuid(...parts);
      expect(isGuid(guid)).toBe(true);
      expect(guid[14]).toBe('5');
      expect(['8', '9', 'a', 'b']).toContain(guid[19]);
      expect(armGuid(...parts)).toBe(guid);
    }));
  });

  test('matches an independent UUIDv5 computation over the namespace bytes', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const bytes = createHash('sha1').update(Buffer.from(ARM_GUID_NAMESPACE.replace(/-/g, ''), 'hex')).update(Buffer.from(text, 'utf8')).digest();
      expect(armGuid(text).replace(/-/g, '').slice(0, 12)).toBe(bytes.subarray(0, 6).toString('hex'));
    }));
  });

  test('refuses to hash nothing', () => {
    expect(() => armGuid()).toThrow('at least one argument');
  });
});

describe('derived ids', () => {
  const tenant = '11111111-1111-1111-1111-111111111111';
  const customer = '22222222-2222-2222-2222-222222222222';
  const sub = '33333333-3333-3333-3333-333333333333';

  test('definition id is guid(managing tenant, customer tenant, subscription, offer key), case-insensitive in GUIDs', () => {
    expect(registrationDefinitionGuid(tenant, customer, sub, 'ops')).toBe(armGuid(tenant, customer, sub, 'ops'));
    expect(registrationDefinitionGuid(tenant.toUpperCase(), customer, sub.toUpperCase(), 'ops')).toBe(registrationDefinitionGuid(tenant, customer, sub, 'ops'));
    expect(registrationDefinitionGuid(tenant, customer, sub, 'ops')).not.toBe(registrationDefinitionGuid(tenant, customer, sub, 'security'));
  });

  test('assignment name differs per scope', () => {
    const definition = registrationDefinitionGuid(tenant, customer, sub, 'ops');
    expect(registrationAssignmentGuid(definition, `/subscriptions/${sub}/resourceGroups/a`))
      .not.toBe(registrationAssignmentGuid(definition, `/subscriptions/${sub}/resourceGroups/b`));
  });

  test.each([
    ['fabrikam', 'fabrikam'], ['Fabrikam_EU', 'fabrikam-eu'], ['a--b', 'a-b'], ['-x-', 'x'], ['__', 'x'],
  ])('sanitizeKey(%j) = %j', (key, expected) => {
    expect(sanitizeKey(key)).toBe(expected);
  });
});
