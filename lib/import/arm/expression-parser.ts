/**
 * The ARM template expression language, as far as onboarding templates use it: a tokenizer and a
 * recursive-descent parser for `[func(arg, ...)]` with string literals ('…', '' for a quote), integers,
 * nested calls, property access `.name` and indexing `[expr]`. Which functions exist is the evaluator's
 * business; the parser only knows the syntax. Positions are 0-based offsets into the whole string
 * (including the leading `[`), for error messages.
 */

export type Expr = StringLiteral | NumberLiteral | Call | PropertyAccess | IndexAccess;

export interface StringLiteral { readonly kind: 'string'; readonly value: string; readonly pos: number }
export interface NumberLiteral { readonly kind: 'number'; readonly value: number; readonly pos: number }
/** `name` as written (ARM function names are case-insensitive; namespaced user functions read `ns.name`). */
export interface Call { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[]; readonly pos: number }
export interface PropertyAccess { readonly kind: 'property'; readonly target: Expr; readonly name: string; readonly pos: number }
export interface IndexAccess { readonly kind: 'index'; readonly target: Expr; readonly index: Expr; readonly pos: number }

/**
 * How deeply one expression may nest calls, property accesses and indexes. Onboarding templates nest a handful of
 * levels; the parser recurses per level, so a generated `[a(a(a(...)))]` thousands deep is refused, not overflowed.
 */
export const MAX_EXPRESSION_NESTING = 64;

/** A syntax error at an offset of the string. */
export class ExpressionSyntaxError extends Error {
  constructor(message: string, readonly pos: number) {
    super(message);
    this.name = 'ExpressionSyntaxError';
  }
}

/** What a JSON string in a template is: an expression to evaluate, or a literal (`[[` escapes a leading `[`). */
export type TemplateString = { readonly kind: 'expression'; readonly source: string } | { readonly kind: 'literal'; readonly value: string };

/**
 * ARM's rule: a string that starts with `[` and ends with `]` is an expression, unless it starts with `[[`,
 * which stands for a literal `[` (only then: `[[abc` without the closing bracket stays as written).
 */
export function classifyString(text: string): TemplateString {
  if (text.startsWith('[') && text.endsWith(']')) {
    if (text.startsWith('[[')) return { kind: 'literal', value: text.slice(1) };
    return { kind: 'expression', source: text };
  }
  return { kind: 'literal', value: text };
}

type TokenKind = 'string' | 'number' | 'identifier' | '(' | ')' | ',' | '.' | '[' | ']' | 'end';

interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** The decoded value of a string or number token. */
  readonly value?: string | number;
  readonly pos: number;
}

const PUNCTUATION = new Set(['(', ')', ',', '.', '[', ']']);

/** Splits the inside of `[...]` into tokens; `offset` is where it starts in the whole string. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const pos = offset + i;
    if (/\s/.test(c)) {
      i++;
    } else if (PUNCTUATION.has(c)) {
      tokens.push({ kind: c as TokenKind, text: c, pos });
      i++;
    } else if (c === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new ExpressionSyntaxError('unterminated string literal (a quote inside a string is written twice: \'\')', pos);
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += text[j++];
      }
      tokens.push({ kind: 'string', text: text.slice(i, j + 1), value, pos });
      i = j + 1;
    } else if (/[-0-9]/.test(c)) {
      const match = /^-?[0-9]+/.exec(text.slice(i));
      if (!match) throw new ExpressionSyntaxError(`unexpected character ${JSON.stringify(c)}`, pos);
      tokens.push({ kind: 'number', text: match[0], value: Number(match[0]), pos });
      i += match[0].length;
    } else if (/[A-Za-z_$]/.test(c)) {
      const match = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(i))!;
      tokens.push({ kind: 'identifier', text: match[0], pos });
      i += match[0].length;
    } else {
      throw new ExpressionSyntaxError(`unexpected character ${JSON.stringify(c)}`, pos);
    }
  }
  tokens.push({ kind: 'end', text: '', pos: offset + text.length });
  return tokens;
}

/** Parses an expression string such as `[concat('a', parameters('b'))]` (brackets included). */
export function parseExpression(source: string): Expr {
  if (!source.startsWith('[') || !source.endsWith(']')) throw new ExpressionSyntaxError('an expression is enclosed in [ and ]', 0);
  const parser = new Parser(tokenize(source.slice(1, -1), 1));
  const expr = parser.expression();
  parser.expect('end', 'the end of the expression');
  return expr;
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  /** expression := primary ( '.' identifier | '[' expression ']' )* */
  expression(): Expr {
    if (++this.depth > MAX_EXPRESSION_NESTING) {
      throw new ExpressionSyntaxError(`the expression nests more than ${MAX_EXPRESSION_NESTING} levels deep (the limit of this import)`, this.peek().pos);
    }
    try {
      return this.postfix();
    } finally {
      this.depth--;
    }
  }

  private postfix(): Expr {
    let expr = this.primary();
    for (;;) {
      const token = this.peek();
      if (token.kind === '.') {
        this.index++;
        const name = this.expect('identifier', 'a property name after "."');
        expr = { kind: 'property', target: expr, name: name.text, pos: token.pos };
      } else if (token.kind === '[') {
        this.index++;
        const index = this.expression();
        this.expect(']', '"]" to close the index');
        expr = { kind: 'index', target: expr, index, pos: token.pos };
      } else {
        return expr;
      }
    }
  }

  expect(kind: TokenKind, what: string): Token {
    const token = this.peek();
    if (token.kind !== kind) throw new ExpressionSyntaxError(`expected ${what}, found ${describe(token)}`, token.pos);
    this.index++;
    return token;
  }

  /** primary := string | number | identifier ( '.' identifier )? '(' arguments? ')' */
  private primary(): Expr {
    const token = this.peek();
    if (token.kind === 'string') {
      this.index++;
      return { kind: 'string', value: token.value as string, pos: token.pos };
    }
    if (token.kind === 'number') {
      this.index++;
      return { kind: 'number', value: token.value as number, pos: token.pos };
    }
    if (token.kind !== 'identifier') throw new ExpressionSyntaxError(`expected a function call, a string or a number, found ${describe(token)}`, token.pos);
    this.index++;
    let name = token.text;
    // User-defined functions are called as namespace.name(...): parse them so the evaluator can name them.
    if (this.peek().kind === '.' && this.peek(1).kind === 'identifier' && this.peek(2).kind === '(') {
      name += `.${this.peek(1).text}`;
      this.index += 2;
    }
    this.expect('(', `"(" after ${JSON.stringify(name)} (values are function calls, e.g. true(), or quoted strings)`);
    const args: Expr[] = [];
    if (this.peek().kind !== ')') {
      args.push(this.expression());
      while (this.peek().kind === ',') {
        this.index++;
        args.push(this.expression());
      }
    }
    this.expect(')', `"," or ")" in the arguments of ${name}()`);
    return { kind: 'call', name, args, pos: token.pos };
  }

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)];
  }
}

function describe(token: Token): string {
  return token.kind === 'end' ? 'the end of the expression' : JSON.stringify(token.text);
}
