import { classifyString, Expr, ExpressionSyntaxError, parseExpression, tokenize } from '../../../lib/import/arm/expression-parser';

/** The expression back as text, to assert structure compactly: calls as name(args), strings quoted. */
function show(expr: Expr): string {
  switch (expr.kind) {
    case 'string':
      return JSON.stringify(expr.value);
    case 'number':
      return String(expr.value);
    case 'call':
      return `${expr.name}(${expr.args.map(show).join(', ')})`;
    case 'property':
      return `${show(expr.target)}.${expr.name}`;
    case 'index':
      return `${show(expr.target)}[${show(expr.index)}]`;
  }
}

function syntaxError(source: string): ExpressionSyntaxError {
  try {
    parseExpression(source);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected a syntax error for ${source}`);
}

describe('classifyString: which template strings are expressions', () => {
  test.each([
    ["[parameters('x')]", { kind: 'expression', source: "[parameters('x')]" }],
    ['plain text', { kind: 'literal', value: 'plain text' }],
    ['[[literal in brackets]', { kind: 'literal', value: '[literal in brackets]' }],
    ['[not closed', { kind: 'literal', value: '[not closed' }],
    ['[tag] trailing text', { kind: 'literal', value: '[tag] trailing text' }],
    ['[[no closing bracket', { kind: 'literal', value: '[[no closing bracket' }],
    ['', { kind: 'literal', value: '' }],
  ])('%j', (text, expected) => {
    expect(classifyString(text)).toEqual(expected);
  });
});

describe('tokenize', () => {
  test('strings with doubled quotes, integers, identifiers and punctuation, with offsets', () => {
    const tokens = tokenize("concat('it''s', -12, a.b[0])");
    expect(tokens.map((t) => [t.kind, t.value ?? t.text, t.pos])).toEqual([
      ['identifier', 'concat', 0], ['(', '(', 6], ['string', "it's", 7], [',', ',', 14], ['number', -12, 16], [',', ',', 19],
      ['identifier', 'a', 21], ['.', '.', 22], ['identifier', 'b', 23], ['[', '[', 24], ['number', 0, 25], [']', ']', 26], [')', ')', 27],
      ['end', '', 28],
    ]);
  });

  test('whitespace between tokens is ignored, inside strings kept', () => {
    expect(tokenize(" f ( ' a  b ' ) ").filter((t) => t.kind === 'string').map((t) => t.value)).toEqual([' a  b ']);
  });

  test('an unterminated string is a syntax error at its opening quote', () => {
    expect(() => tokenize("f('abc", 1)).toThrow(expect.objectContaining({ pos: 3, message: expect.stringContaining('unterminated string') }));
  });

  test('characters outside the language are syntax errors', () => {
    expect(() => tokenize('a + b')).toThrow(expect.objectContaining({ pos: 2, message: 'unexpected character "+"' }));
    expect(() => tokenize('"double"')).toThrow(expect.objectContaining({ pos: 0 }));
  });
});

describe('parseExpression', () => {
  test.each([
    ["[parameters('mspOfferName')]", 'parameters("mspOfferName")'],
    ["[guid(parameters('resourceGroups')[copyIndex()].rgName)]", 'guid(parameters("resourceGroups")[copyIndex()].rgName)'],
    ["[concat('Managed by', ' ', parameters('mspOfferName'))]", 'concat("Managed by", " ", parameters("mspOfferName"))'],
    ["[if(equals(parameters('marketplaceOffer'), 'Yes'), variables('marketplacePlan'), json('null'))]",
      'if(equals(parameters("marketplaceOffer"), "Yes"), variables("marketplacePlan"), json("null"))'],
    ["[resourceId('Microsoft.ManagedServices/registrationDefinitions/', variables('mspRegistrationName'))]",
      'resourceId("Microsoft.ManagedServices/registrationDefinitions/", variables("mspRegistrationName"))'],
    ['[subscription().subscriptionId]', 'subscription().subscriptionId'],
    ["[json('{\"a\": [1, 2]}').a[1]]", 'json("{\\"a\\": [1, 2]}").a[1]'],
    ["[parameters('x')['key with space'][0]]", 'parameters("x")["key with space"][0]'],
    ["['it''s']", '"it\'s"'],
    ['[true()]', 'true()'],
    ['[ length( parameters( \'a\' ) ) ]', 'length(parameters("a"))'],
    ['[-5]', '-5'],
    ["[myNamespace.myFunction('a')]", 'myNamespace.myFunction("a")'],
  ])('%s', (source, expected) => {
    expect(show(parseExpression(source))).toBe(expected);
  });

  test('positions are offsets in the whole string, brackets included', () => {
    const expr = parseExpression("[concat('a', parameters('b'))]");
    expect(expr).toMatchObject({ kind: 'call', name: 'concat', pos: 1, args: [{ kind: 'string', pos: 8 }, { kind: 'call', name: 'parameters', pos: 13 }] });
  });

  test.each([
    ["[concat('a'", 'an expression is enclosed in [ and ]', 0],
    ["[concat('a']", 'expected "," or ")" in the arguments of concat()', 11],
    ['[parameters]', 'expected "(" after "parameters"', 11],
    ["[parameters('a') parameters('b')]", 'expected the end of the expression, found "parameters"', 17],
    ['[]', 'expected a function call, a string or a number, found the end of the expression', 1],
    ["[parameters('a').]", 'expected a property name after "."', 17],
    ["[parameters('a')[0]", 'expected "]" to close the index, found the end of the expression', 18],
    ['[f(,)]', 'expected a function call, a string or a number, found ","', 3],
  ])('syntax error in %s', (source, message, pos) => {
    const error = syntaxError(source);
    expect(error.message).toContain(message);
    expect(error.pos).toBe(pos);
  });
});
