import { suppliedParameters } from '../../../lib/import/arm/documents';
import { evaluateString } from '../../../lib/import/arm/expression-evaluator';
import { DeploymentTarget, ParameterSource, Scope, TemplateFrame } from '../../../lib/import/arm/template-scope';
import { fromData, locationOf, ObjectVal, ScalarVal, toPlain, Val } from '../../../lib/import/arm/value';
import { SourceDocument } from '../../../lib/source/source-document';
import { armGuid } from '../../../lib/model/guid';

/**
 * The expression evaluator on its own: each supported function, nesting, escapes, and errors with their
 * location. Every expression is evaluated inside a small template (template.json) with real positions.
 */

const TEMPLATE_FILE = 'template.json';
const PARAMETERS_FILE = 'params.json';

interface EvalSetup {
  /** Template parameters and variables sections. */
  readonly parameters?: object;
  readonly variables?: object;
  /** `parameters` of a parameters file (params.json). */
  readonly values?: object;
  /** Copy loops around the expression, outermost first. */
  readonly loops?: ReadonlyArray<readonly [string, number]>;
  readonly target?: Partial<DeploymentTarget>;
}

/**
 * Evaluates one expression string the way the import does, inside a template (template.json) whose first
 * line after `{` holds it: `"expr": "<expression>"` at line 2, column 11. Parameters and variables live in the
 * same template; parameter values optionally in params.json.
 */
function evaluate(expression: string, setup: EvalSetup = {}): Val {
  const template = { expr: expression, parameters: setup.parameters ?? {}, variables: setup.variables ?? {}, resources: [] };
  const doc = SourceDocument.parse(JSON.stringify(template, null, 2), TEMPLATE_FILE);
  const root = fromData(doc.data, doc) as ObjectVal;
  let source: ParameterSource = { values: new Map(), howToSupply: (name) => `pass --parameters <file> that sets ${name}` };
  if (setup.values) {
    const paramsDoc = SourceDocument.parse(JSON.stringify({ parameters: setup.values }, null, 2), PARAMETERS_FILE);
    const params = (fromData(paramsDoc.data, paramsDoc) as ObjectVal).entries.get('parameters') as ObjectVal;
    source = { values: suppliedParameters(params, 'the parameters file'), howToSupply: (name) => `add ${name} to params.json` };
  }
  const frame = new TemplateFrame(root, source, { subscriptionId: '', tenantId: '', ...setup.target });
  let scope = new Scope(frame);
  for (const [name, index] of setup.loops ?? []) scope = scope.withLoop(name, index);
  return evaluateString(root.entries.get('expr') as ScalarVal, scope);
}

/** Where the expression string sits in template.json. */
const EXPRESSION_LOCATION = { file: TEMPLATE_FILE, line: 2, column: 11, path: 'expr' };

/** The InputError an evaluation throws (fails the test when it does not throw). */
function evaluationError(expression: string, setup: EvalSetup = {}): { problem: string; fix: string; location: unknown } {
  try {
    evaluate(expression, setup);
  } catch (error) {
    return error as { problem: string; fix: string; location: unknown };
  }
  throw new Error(`expected ${expression} to fail`);
}

const plain = (expression: string, setup?: EvalSetup) => toPlain(evaluate(expression, setup));
const locate = (val: Val) => locationOf(val);

describe('ARM expression evaluation: literals and escapes', () => {
  test('strings and numbers evaluate to themselves, located at the expression', () => {
    expect(plain("['it''s']")).toBe("it's");
    expect(plain('[42]')).toBe(42);
    expect(locate(evaluate('[42]'))).toEqual(EXPRESSION_LOCATION);
  });

  test('a plain string is not evaluated; [[ escapes a literal bracket', () => {
    expect(plain('Relecloud Managed Services')).toBe('Relecloud Managed Services');
    expect(plain("[[parameters('x')]")).toBe("[parameters('x')]");
    expect(locate(evaluate('[[x]'))).toEqual(EXPRESSION_LOCATION);
  });

  test('true() and false() are the booleans', () => {
    expect(plain('[true()]')).toBe(true);
    expect(plain('[false()]')).toBe(false);
    expect(evaluationError('[true(1)]').problem).toContain('true() takes 0 arguments, but 1 is given');
  });

  test('function names are case-insensitive', () => {
    expect(plain("[CONCAT('a', 'b')]")).toBe('ab');
    expect(plain('[True()]')).toBe(true);
  });
});

describe('parameters()', () => {
  const parameters = {
    mspOfferName: { type: 'string' },
    authorizations: { type: 'array' },
    withDefault: { type: 'string', defaultValue: 'from the default' },
    computedDefault: { type: 'string', defaultValue: "[concat(parameters('withDefault'), '!')]" },
  };

  test('the value from the parameters file keeps its location there', () => {
    const val = evaluate("[parameters('mspOfferName')]", { parameters, values: { mspOfferName: { value: 'Northwind Ops' } } });
    expect(toPlain(val)).toBe('Northwind Ops');
    expect(locate(val)).toEqual({ file: PARAMETERS_FILE, line: 4, column: 16, path: 'parameters.mspOfferName.value' });
  });

  test('array elements keep their own locations in the parameters file', () => {
    const val = evaluate("[parameters('authorizations')[1].roleDefinitionId]", {
      parameters, values: { authorizations: { value: [{ roleDefinitionId: 'a' }, { roleDefinitionId: 'b' }] } },
    });
    expect(toPlain(val)).toBe('b');
    expect(locate(val)).toMatchObject({ file: PARAMETERS_FILE, path: 'parameters.authorizations.value[1].roleDefinitionId' });
  });

  test('without a supplied value, the template default, located at the default', () => {
    const val = evaluate("[parameters('withDefault')]", { parameters });
    expect(toPlain(val)).toBe('from the default');
    expect(locate(val)).toMatchObject({ file: TEMPLATE_FILE, path: 'parameters.withDefault.defaultValue' });
  });

  test('defaults are expressions themselves', () => {
    expect(plain("[parameters('computedDefault')]", { parameters })).toBe('from the default!');
  });

  test('names are case-insensitive, as in ARM', () => {
    expect(plain("[parameters('MSPOFFERNAME')]", { parameters, values: { mspOfferName: { value: 'x' } } })).toBe('x');
  });

  test('no value and no default: an error at the declaration that says how to supply one', () => {
    const error = evaluationError("[parameters('mspOfferName')]", { parameters });
    expect(error.problem).toBe('parameter "mspOfferName" has no value: the template has no defaultValue for it');
    expect(error.fix).toBe('pass --parameters <file> that sets mspOfferName');
    expect(error.location).toMatchObject({ file: TEMPLATE_FILE, path: 'parameters.mspOfferName' });
  });

  test('an undeclared parameter is an error at the expression, naming the declared ones', () => {
    const error = evaluationError("[parameters('mspOffer')]", { parameters });
    expect(error.problem).toBe('the template declares no parameter "mspOffer" (its parameters: mspOfferName, authorizations, withDefault, computedDefault)');
    expect(error.location).toEqual(EXPRESSION_LOCATION);
  });

  test('a value of the wrong type for the declaration is an error at the value', () => {
    const error = evaluationError("[parameters('authorizations')]", { parameters, values: { authorizations: { value: 'none' } } });
    expect(error.problem).toBe('parameter "authorizations" is declared as array, but its value is a string ("none")');
    expect(error.location).toMatchObject({ file: PARAMETERS_FILE, path: 'parameters.authorizations.value' });
  });

  test('a Key Vault reference is an error at the reference', () => {
    const error = evaluationError("[parameters('mspOfferName')]", {
      parameters, values: { mspOfferName: { reference: { keyVault: { id: '/subscriptions/x/resourceGroups/y/providers/Microsoft.KeyVault/vaults/z' }, secretName: 'offer' } } },
    });
    expect(error.problem).toBe('parameter "mspOfferName" takes its value from a Key Vault reference, which the import cannot read');
    expect(error.location).toMatchObject({ file: PARAMETERS_FILE, path: 'parameters.mspOfferName.reference' });
  });

  test('defaults that refer to each other in a cycle are an error, not a stack overflow', () => {
    const cyclic = { a: { type: 'string', defaultValue: "[parameters('b')]" }, b: { type: 'string', defaultValue: "[parameters('a')]" } };
    expect(evaluationError("[parameters('a')]", { parameters: cyclic }).problem).toBe('parameter "a" refers to itself');
  });
});

describe('variables()', () => {
  const variables = {
    mspRegistrationName: "[guid(parameters('mspOfferName'))]",
    marketplacePlan: { name: "[parameters('planId')]", product: 'literal-product' },
    loop: "[variables('loop')]",
  };
  const parameters = { mspOfferName: { type: 'string', defaultValue: 'Relecloud Managed Services' }, planId: { type: 'string', defaultValue: 'gold' } };

  test('evaluates the variable, expressions inside objects included', () => {
    expect(plain("[variables('mspRegistrationName')]", { parameters, variables })).toBe('a284898a-fc04-581d-aca0-047861d06160');
    expect(plain("[variables('marketplacePlan')]", { parameters, variables })).toEqual({ name: 'gold', product: 'literal-product' });
  });

  test('an object variable keeps the location of each property', () => {
    const val = evaluate("[variables('marketplacePlan').product]", { parameters, variables });
    expect(locate(val)).toMatchObject({ file: TEMPLATE_FILE, path: 'variables.marketplacePlan.product' });
  });

  test('an unknown variable and a self-reference are errors', () => {
    expect(evaluationError("[variables('nope')]", { variables }).problem).toBe('the template declares no variable "nope" (its variables: mspRegistrationName, marketplacePlan, loop)');
    expect(evaluationError("[variables('loop')]", { variables }).problem).toBe('variable "loop" refers to itself');
  });

  test('variable copy loops are named as unsupported', () => {
    const withCopy = { copy: [{ name: 'disks', count: 2, input: {} }] };
    expect(evaluationError("[variables('disks')]", { variables: withCopy }).problem).toContain('variable copy loops are not supported by the import');
  });
});

describe('concat()', () => {
  test('joins strings, and numbers as text (concat(\'rgAssignment\', copyIndex()))', () => {
    expect(plain("[concat('Managed by', ' ', 'Relecloud')]")).toBe('Managed by Relecloud');
    expect(plain("[concat('rgAssignment', copyIndex())]", { loops: [['deploymentCopy', 2]] })).toBe('rgAssignment2');
  });

  test('joins arrays when every argument is one; elements keep their origins', () => {
    const val = evaluate("[concat(parameters('a'), json('[3]'))]", { parameters: { a: { type: 'array', defaultValue: [1, 2] } } });
    expect(toPlain(val)).toEqual([1, 2, 3]);
    expect(val.kind === 'array' && locate(val.items[0])).toMatchObject({ path: 'parameters.a.defaultValue[0]' });
  });

  test('an object argument is an error', () => {
    expect(evaluationError("[concat('a', json('{}'))]").problem).toBe("concat() joins strings (or arrays, all of them), but argument 2 is an object in `[concat('a', json('{}'))]`");
    expect(evaluationError('[concat()]').problem).toContain('concat() takes at least 1 argument, but 0 are given');
  });
});

describe('guid()', () => {
  test('is ARM\'s guid: one argument, and several joined by "-"', () => {
    expect(plain("[guid('test')]")).toBe('d6a5baf1-8b9b-542a-8525-2982f1f98a0c');
    expect(plain("[guid('a', 'b')]")).toBe(armGuid('a', 'b'));
    expect(plain("[guid(parameters('resourceGroups')[copyIndex()].rgName)]", {
      parameters: { resourceGroups: { type: 'array', defaultValue: [{ rgName: 'test' }, { rgName: 'test2' }] } }, loops: [['deploymentCopy', 1]],
    })).toBe(armGuid('test2'));
  });

  test('arguments must be strings', () => {
    expect(evaluationError('[guid(1)]').problem).toBe('argument 1 of guid() must be a string, not a number (1) in `[guid(1)]`');
  });
});

describe('if(), equals(), json()', () => {
  const parameters = { marketplaceOffer: { type: 'string', defaultValue: 'Yes' } };
  const variables = { marketplacePlan: { name: 'gold' } };
  const sample = "[if(equals(parameters('marketplaceOffer'), 'Yes'), variables('marketplacePlan'), json('null'))]";

  test('the marketplace sample\'s plan expression: the plan when Yes, null otherwise', () => {
    expect(plain(sample, { parameters, variables })).toEqual({ name: 'gold' });
    expect(plain(sample, { parameters, variables, values: { marketplaceOffer: { value: 'No' } } })).toBeNull();
  });

  test('only the branch taken is evaluated', () => {
    expect(plain("[if(true(), 'kept', unknownFunction())]")).toBe('kept');
  });

  test('the condition must be a boolean', () => {
    expect(evaluationError("[if('yes', 1, 2)]").problem).toContain('the condition of if() must be a boolean, not a string ("yes")');
  });

  test('equals compares deeply, strings case-sensitively', () => {
    expect(plain("[equals('Yes', 'Yes')]")).toBe(true);
    expect(plain("[equals('Yes', 'yes')]")).toBe(false);
    expect(plain('[equals(1, 1)]')).toBe(true);
    expect(plain("[equals(json('[1, {\"a\": 2}]'), json('[1, {\"a\": 2}]'))]")).toBe(true);
    expect(plain("[equals(json('{\"a\": 1}'), json('{\"a\": 1, \"b\": 2}'))]")).toBe(false);
    expect(plain("[equals('1', 1)]")).toBe(false);
  });

  test('json() parses JSON text: null, objects, arrays, literals', () => {
    expect(plain("[json('null')]")).toBeNull();
    expect(plain("[json('{\"offer\": \"No marketplace offer\"}')]")).toEqual({ offer: 'No marketplace offer' });
    expect(plain("[json('[1, true]')]")).toEqual([1, true]);
    expect(plain("[json('\"text\"')]")).toBe('text');
    expect(evaluationError("[json('{oops')]").problem).toMatch(/^json\(\) needs a JSON text, but "\{oops" is not one/);
  });
});

describe('copyIndex()', () => {
  const loops: Array<[string, number]> = [['outer', 1], ['inner', 3]];

  test('the innermost loop, a named loop, with an offset', () => {
    expect(plain('[copyIndex()]', { loops })).toBe(3);
    expect(plain("[copyIndex('outer')]", { loops })).toBe(1);
    expect(plain("[copyIndex('OUTER', 10)]", { loops })).toBe(11);
    expect(plain('[copyIndex(1)]', { loops })).toBe(4);
  });

  test('outside a loop, or naming no enclosing loop, is an error at the expression', () => {
    const error = evaluationError("[guid(parameters('x')[copyIndex()].rgName)]", { parameters: { x: { type: 'array', defaultValue: [] } } });
    expect(error.problem).toBe("copyIndex() is used outside a copy loop in `[guid(parameters('x')[copyIndex()].rgName)]`");
    expect(error.fix).toContain('"copy": { "name": ..., "count": ... }');
    expect(error.location).toEqual(EXPRESSION_LOCATION);
    expect(evaluationError("[copyIndex('other')]", { loops }).problem).toContain('copyIndex(\'other\') is used outside a copy loop named "other"');
  });
});

describe('resourceId(), subscriptionResourceId(), subscription()', () => {
  test('the samples\' definition reference (trailing slash in the type) at an unknown subscription', () => {
    expect(plain("[resourceId('Microsoft.ManagedServices/registrationDefinitions/', 'a284898a')]"))
      .toBe('/subscriptions//providers/Microsoft.ManagedServices/registrationDefinitions/a284898a');
  });

  test('the deployment\'s subscription, or explicit subscription and resource group arguments', () => {
    const target = { subscriptionId: '11111111-2222-3333-4444-555555555555' };
    expect(plain("[resourceId('Microsoft.ManagedServices/registrationDefinitions', 'x')]", { target }))
      .toBe('/subscriptions/11111111-2222-3333-4444-555555555555/providers/Microsoft.ManagedServices/registrationDefinitions/x');
    expect(plain("[resourceId('rg-web', 'Microsoft.Storage/storageAccounts', 'st')]", { target }))
      .toBe('/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-web/providers/Microsoft.Storage/storageAccounts/st');
    expect(plain("[resourceId('sub', 'rg', 'Microsoft.Sql/servers/databases', 'srv', 'db')]"))
      .toBe('/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Sql/servers/srv/databases/db');
    expect(plain("[resourceId('Microsoft.Storage/storageAccounts', 'st')]", { target: { subscriptionId: 's', resourceGroup: 'rg' } }))
      .toBe('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st');
  });

  test('subscriptionResourceId() never names a resource group', () => {
    expect(plain("[subscriptionResourceId('Microsoft.ManagedServices/registrationDefinitions', 'x')]", { target: { subscriptionId: 's', resourceGroup: 'rg' } }))
      .toBe('/subscriptions/s/providers/Microsoft.ManagedServices/registrationDefinitions/x');
    expect(plain("[subscriptionResourceId('other', 'Microsoft.ManagedServices/registrationDefinitions', 'x')]"))
      .toBe('/subscriptions/other/providers/Microsoft.ManagedServices/registrationDefinitions/x');
  });

  test('wrong numbers of names, or no type, are errors', () => {
    expect(evaluationError("[resourceId('Microsoft.Sql/servers/databases', 'srv')]").problem)
      .toContain('resourceId(): resource type "Microsoft.Sql/servers/databases" takes 2 names, but 1 is given');
    expect(evaluationError("[resourceId('a', 'b', 'c', 'Microsoft.Storage/storageAccounts', 'st')]").problem).toContain('resourceId() needs a resource type');
  });

  test('subscription() gives the import\'s subscription and tenant, \'\' when unknown', () => {
    expect(plain('[subscription().subscriptionId]')).toBe('');
    expect(plain('[subscription()]', { target: { subscriptionId: 's', tenantId: 't' } })).toEqual({ id: '/subscriptions/s', subscriptionId: 's', tenantId: 't' });
    expect(evaluationError('[subscription().displayName]').problem).toContain('the object has no property "displayName" (it has "id", "subscriptionId", "tenantId")');
  });
});

describe('length(), property access, indexing', () => {
  test('length of arrays, strings and objects', () => {
    expect(plain("[length(json('[1, 2, 3]'))]")).toBe(3);
    expect(plain("[length('abcd')]")).toBe(4);
    expect(plain("[length(json('{\"a\": 1}'))]")).toBe(1);
    expect(evaluationError('[length(5)]').problem).toContain('length() takes a string, an array or an object, not a number (5)');
  });

  test('property names are case-insensitive; index with numbers or property-name strings', () => {
    expect(plain("[json('{\"rgName\": \"x\"}').RGNAME]")).toBe('x');
    expect(plain("[json('{\"a b\": 1}')['a b']]")).toBe(1);
  });

  test('out-of-range indexes and properties of non-objects are errors', () => {
    expect(evaluationError("[json('[1]')[1]]").problem).toContain('index 1 is out of range: the array has 1 element');
    expect(evaluationError("[json('[1]').a]").problem).toContain('.a reads a property of an object, but the value is an array');
    expect(evaluationError("[json('{}')[0]]").problem).toContain('cannot index an object with a number (0)');
  });
});

describe('errors: unsupported functions and syntax', () => {
  test('an unsupported function names itself and the expression, at the string\'s location, with a fix', () => {
    const error = evaluationError("[concat('st', uniqueString(subscription().id))]");
    expect(error.problem).toBe("unsupported template expression `uniqueString` in `[concat('st', uniqueString(subscription().id))]`");
    expect(error.fix).toMatch(/^evaluate it by hand .* or open an issue asking for uniqueString\(\); the import evaluates parameters\(\), variables\(\), concat\(\)/);
    expect(error.location).toEqual(EXPRESSION_LOCATION);
  });

  test('user-defined (namespaced) functions are unsupported too', () => {
    expect(evaluationError("[contoso.offerName('x')]").problem).toContain('unsupported template expression `contoso.offerName`');
  });

  test('a syntax error names the expression and the character', () => {
    const error = evaluationError("[concat('a' 'b')]");
    expect(error.problem).toBe("invalid template expression `[concat('a' 'b')]`: expected \",\" or \")\" in the arguments of concat(), found \"'b'\" (at character 13)");
    expect(error.location).toEqual(EXPRESSION_LOCATION);
  });

  test('errors inside a variable point at the variable, not at the expression that used it', () => {
    const error = evaluationError("[variables('bad')]", { variables: { bad: "[reference('x').id]" } });
    expect(error.problem).toContain('unsupported template expression `reference`');
    expect(error.location).toMatchObject({ file: TEMPLATE_FILE, path: 'variables.bad' });
  });
});
