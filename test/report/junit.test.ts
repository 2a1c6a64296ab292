import { escapeXml, renderJunit } from '../../lib/report/junit';
import { CUSTOMERS, FINDINGS, hostileInput, reportInput, RULES } from './fixtures';

/*
 * No XML parser is installed, so this file carries a small strict one: it accepts only well-formed XML 1.0
 * (one root, balanced tags, quoted and unique attributes, known entities and valid character references,
 * only XML characters, no `<` in attribute values, no `]]>` in text) and returns the element tree, which the
 * tests then read like a JUnit consumer would. Its own negative tests below prove it rejects broken XML.
 */
interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Character data directly inside the element, references decoded. */
  text: string;
}

class XmlError extends Error {}

function parseXml(xml: string): XmlElement {
  let i = 0;
  const fail = (what: string): never => {
    throw new XmlError(`${what} at offset ${i}: ${JSON.stringify(xml.slice(i, i + 20))}`);
  };
  const isXmlChar = (cp: number): boolean =>
    cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
  for (let k = 0; k < xml.length; k++) {
    const cp = xml.codePointAt(k)!;
    if (!isXmlChar(cp)) { i = k; fail(`character U+${cp.toString(16)} is not allowed in XML`); }
    if (cp > 0xffff) k++;
  }
  const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  const isNameStart = (c: string): boolean => /[A-Za-z_:]/.test(c) || c.charCodeAt(0) > 0x7f;
  const isNameChar = (c: string): boolean => isNameStart(c) || /[-.0-9]/.test(c);
  const skipSpace = (): boolean => {
    const start = i;
    while (i < xml.length && isSpace(xml[i])) i++;
    return i > start;
  };
  const expect = (literal: string): void => {
    if (!xml.startsWith(literal, i)) fail(`expected ${JSON.stringify(literal)}`);
    i += literal.length;
  };
  const name = (): string => {
    if (i >= xml.length || !isNameStart(xml[i])) fail('expected a name');
    const start = i;
    while (i < xml.length && isNameChar(xml[i])) i++;
    return xml.slice(start, i);
  };
  const reference = (): string => {
    expect('&');
    const end = xml.indexOf(';', i);
    if (end < 0 || end - i > 10) fail('unterminated entity reference');
    const body = xml.slice(i, end);
    i = end + 1;
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (body in named) return named[body];
    const m = /^#(?:([0-9]+)|x([0-9A-Fa-f]+))$/.exec(body);
    if (!m) fail(`unknown entity &${body};`);
    const cp = m![1] !== undefined ? parseInt(m![1], 10) : parseInt(m![2], 16);
    if (!isXmlChar(cp)) fail(`character reference &${body}; is not an XML character`);
    return String.fromCodePoint(cp);
  };
  const comment = (): void => {
    expect('<!--');
    const end = xml.indexOf('-->', i);
    if (end < 0) fail('unterminated comment');
    if (xml.slice(i, end).includes('--')) fail('"--" inside a comment');
    i = end + 3;
  };
  const processingInstruction = (): void => {
    expect('<?');
    const target = name();
    if (target.toLowerCase() === 'xml') fail('XML declaration not at the start');
    const end = xml.indexOf('?>', i);
    if (end < 0) fail('unterminated processing instruction');
    i = end + 2;
  };
  const misc = (): void => {
    for (;;) {
      skipSpace();
      if (xml.startsWith('<!--', i)) comment();
      else if (xml.startsWith('<?', i)) processingInstruction();
      else return;
    }
  };
  const attributeValue = (): string => {
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") fail('attribute value not quoted');
    i++;
    let value = '';
    for (;;) {
      if (i >= xml.length) fail('unterminated attribute value');
      const c = xml[i];
      if (c === quote) { i++; return value; }
      if (c === '<') fail('"<" in an attribute value');
      if (c === '&') value += reference();
      else { value += isSpace(c) ? ' ' : c; i++; }
    }
  };
  const element = (): XmlElement => {
    expect('<');
    const tag = name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const spaced = skipSpace();
      if (xml.startsWith('/>', i)) { i += 2; return { name: tag, attributes, children: [], text: '' }; }
      if (xml[i] === '>') { i++; break; }
      if (!spaced) fail('expected whitespace before an attribute');
      const attribute = name();
      if (Object.prototype.hasOwnProperty.call(attributes, attribute)) fail(`duplicate attribute ${attribute}`);
      skipSpace();
      expect('=');
      skipSpace();
      attributes[attribute] = attributeValue();
    }
    const node: XmlElement = { name: tag, attributes, children: [], text: '' };
    for (;;) {
      if (i >= xml.length) fail(`unclosed element <${tag}>`);
      if (xml.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== tag) fail(`</${closing}> closes <${tag}>`);
        skipSpace();
        expect('>');
        return node;
      }
      if (xml.startsWith('<!--', i)) comment();
      else if (xml.startsWith('<![CDATA[', i)) {
        const end = xml.indexOf(']]>', i);
        if (end < 0) fail('unterminated CDATA section');
        node.text += xml.slice(i + 9, end);
        i = end + 3;
      } else if (xml.startsWith('<?', i)) processingInstruction();
      else if (xml.startsWith('<!', i)) fail('markup declaration inside an element');
      else if (xml[i] === '<') node.children.push(element());
      else if (xml[i] === '&') node.text += reference();
      else {
        if (xml.startsWith(']]>', i)) fail('"]]>" in character data');
        node.text += xml[i++];
      }
    }
  };

  if (xml.startsWith('<?xml')) {
    i = 5;
    if (!skipSpace()) fail('expected whitespace in the XML declaration');
    expect('version');
    skipSpace(); expect('='); skipSpace();
    if (attributeValue() !== '1.0') fail('XML version is not 1.0');
    const end = xml.indexOf('?>', i);
    if (end < 0) fail('unterminated XML declaration');
    i = end + 2;
  }
  misc();
  if (xml.startsWith('<!DOCTYPE', i)) fail('DOCTYPE is not accepted');
  const root = element();
  misc();
  if (i !== xml.length) fail('content after the root element');
  return root;
}

const all = (node: XmlElement, tag: string): XmlElement[] =>
  [...(node.name === tag ? [node] : []), ...node.children.flatMap((child) => all(child, tag))];

describe('the well-formedness checker', () => {
  it('accepts well-formed XML and decodes references', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a x="1 &amp; &#60;" y=\'&#x41;\'><b/><c>t&lt;&gt;<![CDATA[<raw>]]></c></a>\n');
    expect(root.attributes).toEqual({ x: '1 & <', y: 'A' });
    expect(root.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(root.children[1].text).toBe('t<><raw>');
  });

  it.each([
    ['an unclosed element', '<a><b></a>'],
    ['a mismatched close tag', '<a></b>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['attributes without whitespace between them', '<a x="1"y="2"/>'],
    ['"<" in an attribute', '<a x="<"/>'],
    ['a raw "&"', '<a>fish & chips</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a reference to an invalid character', '<a>&#0;</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['an unpaired surrogate', '<a>\ud800</a>'],
    ['two root elements', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['"]]>" in text', '<a>]]></a>'],
    ['no root element', '<?xml version="1.0"?>'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['a truncated document', '<testsuites><testsuite name="x">'],
  ])('rejects %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
  });
});

describe('JUnit report', () => {
  const xml = renderJunit(reportInput());
  const root = parseXml(xml);
  const suites = all(root, 'testsuite');
  const cases = all(root, 'testcase');
  const testCase = (ruleId: string, name: string): XmlElement => {
    const found = cases.filter((c) => c.attributes.classname === ruleId && c.attributes.name === name);
    expect(found).toHaveLength(1);
    return found[0];
  };

  it('matches the snapshot', () => {
    expect(xml).toMatchSnapshot();
  });

  it('is well-formed XML with a testsuites root named after the tool', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml.endsWith('</testsuites>\n')).toBe(true);
    expect(root.name).toBe('testsuites');
    expect(root.attributes.name).toBe('lighthouse-iac');
  });

  it('has one suite per rule that ran, named "<id> <title>", in rule order', () => {
    expect(suites.map((s) => s.attributes.name)).toEqual(RULES.map((r) => `${r.id} ${r.title}`));
  });

  it('has one test case per rule and customer, plus (plan-wide) where a rule has customer-less findings', () => {
    // LH401's only finding is plan-wide; every rule has a case for each of the 4 customers.
    expect(cases).toHaveLength(RULES.length * CUSTOMERS.length + 1);
    expect(all(suites[4], 'testcase').map((c) => c.attributes.name)).toEqual(['(plan-wide)', ...CUSTOMERS]);
    expect(all(suites[1], 'testcase').map((c) => c.attributes.name)).toEqual([...CUSTOMERS]);
  });

  it('fails a case on its unsuppressed errors and warnings, one failure element listing them', () => {
    const fabrikam = testCase('LH101', 'fabrikam');
    const failures = fabrikam.children.filter((c) => c.name === 'failure');
    expect(failures).toHaveLength(1);
    expect(failures[0].attributes.type).toBe('error');
    expect(failures[0].attributes.message).toBe(FINDINGS[3].message);
    expect(failures[0].text).toBe(`error lighthouse.yaml:15:13 ${FINDINGS[3].message}`);
    // A finding without a location points at the manifest.
    expect(testCase('LH303', 'northwind').children[0].text).toBe(`warning lighthouse.yaml ${FINDINGS[0].message}`);
  });

  it('passes cases without findings (so passing checks show as passed tests)', () => {
    expect(testCase('LH101', 'adatum').children).toEqual([]);
    expect(testCase('LH112', 'fabrikam').children).toEqual([]);
  });

  it('skips a case whose findings are all suppressed, with the reason', () => {
    const skipped = testCase('LH202', 'fabrikam').children.filter((c) => c.name === 'skipped');
    expect(skipped).toHaveLength(1);
    expect(skipped[0].attributes.message).toBe('suppressed: Alice is the on-call lead until the NOC group exists');
    expect(testCase('LH202', 'fabrikam').children.some((c) => c.name === 'failure')).toBe(false);
  });

  it('does not fail on info findings: they go to system-out', () => {
    const planWide = testCase('LH401', '(plan-wide)');
    expect(planWide.children.map((c) => c.name)).toEqual(['system-out']);
    expect(planWide.children[0].text).toContain('info lighthouse.yaml:10:16 plan version "1.0"');
  });

  it('counts tests, failures and skipped cases consistently on every level', () => {
    const outcome = (c: XmlElement): string => c.children.find((e) => e.name === 'failure' || e.name === 'skipped')?.name ?? 'passed';
    for (const suite of [root, ...suites]) {
      const own = all(suite, 'testcase');
      expect(Number(suite.attributes.tests)).toBe(own.length);
      expect(Number(suite.attributes.failures)).toBe(own.filter((c) => outcome(c) === 'failure').length);
      expect(Number(suite.attributes.skipped)).toBe(own.filter((c) => outcome(c) === 'skipped').length);
      expect(suite.attributes.errors).toBe('0');
    }
    // Failed: LH101 fabrikam + contoso, LH202 contoso, LH303 northwind. Skipped: LH202 fabrikam.
    expect(root.attributes).toMatchObject({ tests: '21', failures: '4', skipped: '1' });
  });

  it('fails with type warning when a case has only warnings, and counts several findings in the message', () => {
    const input = reportInput({
      findings: [
        { ...FINDINGS[3], level: 'warning' },
        { ...FINDINGS[3], level: 'warning', message: 'second', fingerprint: 'x' },
        { ...FINDINGS[3], level: 'info', message: 'just so you know', fingerprint: 'y' },
      ],
    });
    const only = all(parseXml(renderJunit(input)), 'testcase').filter((c) => c.attributes.classname === 'LH101' && c.attributes.name === 'fabrikam')[0];
    expect(only.children.map((c) => c.name)).toEqual(['failure', 'system-out']);
    expect(only.children[0].attributes).toEqual({ type: 'warning', message: '2 findings: 2 warnings' });
    expect(only.children[0].text.split('\n')).toHaveLength(2);
    expect(only.children[1].text).toContain('info lighthouse.yaml:15:13 just so you know');
  });

  describe('failOn (check --fail-on): findings below the gate pass, listed in system-out', () => {
    const gated = (failOn: 'error' | 'warning' | 'info' | 'never') => parseXml(renderJunit(reportInput(), { failOn }));
    const outcome = (c: XmlElement): string => c.children.find((e) => e.name === 'failure' || e.name === 'skipped')?.name ?? 'passed';
    const caseOf = (root: XmlElement, ruleId: string, name: string) => all(root, 'testcase').find((c) => c.attributes.classname === ruleId && c.attributes.name === name)!;

    it('error: a warning is a passed case whose system-out names it, and only errors count as failures', () => {
      const root = gated('error');
      const northwind = caseOf(root, 'LH303', 'northwind');
      expect(northwind.children.map((c) => c.name)).toEqual(['system-out']);
      expect(northwind.children[0].text).toBe(`warning lighthouse.yaml ${FINDINGS[0].message}`);
      expect(outcome(caseOf(root, 'LH101', 'fabrikam'))).toBe('failure');
      // LH101 fabrikam + contoso are the errors; LH202 contoso and LH303 northwind are warnings.
      expect(root.attributes).toMatchObject({ tests: '21', failures: '2', skipped: '1' });
    });

    it('info: info findings fail too, with type info when they are all a case has', () => {
      const root = gated('info');
      const planWide = caseOf(root, 'LH401', '(plan-wide)');
      expect(planWide.children.map((c) => c.name)).toEqual(['failure']);
      expect(planWide.children[0].attributes.type).toBe('info');
      expect(root.attributes).toMatchObject({ failures: '5' });
    });

    it('never: no case fails, every finding stays in the report', () => {
      const root = gated('never');
      expect(root.attributes).toMatchObject({ tests: '21', failures: '0', skipped: '1' });
      expect(caseOf(root, 'LH101', 'fabrikam').children[0].text).toContain(`error lighthouse.yaml:15:13 ${FINDINGS[3].message}`);
    });

    it('the default is warning, as before the option existed', () => {
      expect(renderJunit(reportInput(), { failOn: 'warning' })).toBe(xml);
    });
  });

  it('escapes markup and shows controls (which XML cannot carry) as escapes, keeping the text otherwise intact', () => {
    const hostile = renderJunit(hostileInput());
    const parsed = parseXml(hostile); // throws if not well-formed
    const hostileCase = all(parsed, 'testcase').filter((c) => c.attributes.classname === 'LH101' && c.attributes.name === 'we<ird>&"co"')[0];
    const failure = hostileCase.children[0];
    expect(failure.attributes.message).toBe('Role "A|B" <script>&amp; \'q\' `tick` *bold* [x](y) @octo-org/admins\nline two\n\\u001b[31mred\\u001b[0m\\u0007\\u0000end');
    expect(failure.text).toContain('<script>&amp; \'q\'');
    expect(failure.text).not.toContain('\n'); // one line per finding
    const skipped = all(parsed, 'testcase').filter((c) => c.attributes.classname === 'LH202' && c.attributes.name === 'we<ird>&"co"')[0];
    expect(skipped.children[0].attributes.message).toBe('suppressed: reason with | pipe\nand <tag> & "quote" \\u001b[2J');
    expect(hostile).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('escapes the five special characters', () => {
    expect(escapeXml(`a&b<c>d"e'f`, false)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(escapeXml('x\ty\nz\r\nw\r', true)).toBe('x&#9;y&#10;z&#10;w&#10;');
    expect(escapeXml('\u0000\u001f\ud83d\ude00\udfff', false)).toBe('\ud83d\ude00');
  });

  it('still has one (passing) case per rule when the plan has no customers', () => {
    const parsed = parseXml(renderJunit(reportInput({ findings: [], customers: [] })));
    expect(all(parsed, 'testcase').map((c) => `${c.attributes.classname} ${c.attributes.name}`)).toEqual(RULES.map((r) => `${r.id} (plan-wide)`));
    expect(parsed.attributes).toMatchObject({ tests: String(RULES.length), failures: '0', skipped: '0' });
  });

  it('keeps findings of a rule missing from the rule list, in a suite of its own', () => {
    const parsed = parseXml(renderJunit(reportInput({ rules: [RULES[0]], findings: [FINDINGS[0], FINDINGS[3]] })));
    expect(all(parsed, 'testsuite').map((s) => s.attributes.name)).toEqual(['LH101 Owner role is not allowed', 'LH303']);
    expect(parsed.attributes).toMatchObject({ failures: '2' });
  });
});
