// A small OData $filter parser and evaluator for the clauses the directory supports:
//   prop eq|ne 'v', prop in ('a','b'), startswith(prop,'v'), endswith(prop,'v') (advanced only),
//   coll/any(x:x eq 'v'), coll/any(x:startswith(x,'v')), and/or/not, parentheses.
// String comparisons are case-insensitive, as they are for directory objects.

import { fail } from '../failures';

export type FilterPropertyKind = 'string' | 'boolean' | 'stringCollection';

export interface FilterTarget {
  /** Entity set name for messages, e.g. 'applications'. */
  entitySet: string;
  /** Type name for messages, e.g. 'microsoft.graph.application'. */
  typeName: string;
  /** Properties that exist on the type (for "Could not find a property" errors). */
  knownProperties: ReadonlySet<string>;
  filterable: Readonly<Record<string, FilterPropertyKind>>;
  /** endswith needs ConsistencyLevel: eventual and $count=true (advanced query). */
  advancedQuery: boolean;
}

type Literal = string | boolean | null;

export type FilterExpression =
  | { kind: 'and' | 'or'; left: FilterExpression; right: FilterExpression }
  | { kind: 'not'; operand: FilterExpression }
  | { kind: 'compare'; property: string; operator: 'eq' | 'ne'; value: Literal }
  | { kind: 'in'; property: string; values: Literal[] }
  | { kind: 'startswith' | 'endswith'; property: string; value: string }
  | { kind: 'any'; property: string; predicate: { operator: 'eq' | 'startswith'; value: string } };

type Token =
  | { kind: 'identifier'; text: string; position: number }
  | { kind: 'string'; text: string; position: number }
  | { kind: 'punctuation'; text: '(' | ')' | ',' | '/' | ':'; position: number };

function syntaxError(filter: string, position: number): never {
  fail(400, 'BadRequest', `Invalid filter clause: syntax error at position ${position} in '${filter}'.`);
}

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const char = filter[i] ?? '';
    if (/\s/.test(char)) {
      i += 1;
    } else if (char === "'") {
      const start = i;
      let text = '';
      i += 1;
      for (;;) {
        if (i >= filter.length) syntaxError(filter, start);
        if (filter[i] === "'") {
          if (filter[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        text += filter[i];
        i += 1;
      }
      tokens.push({ kind: 'string', text, position: start });
    } else if ('(),/:'.includes(char)) {
      tokens.push({ kind: 'punctuation', text: char as '(' | ')' | ',' | '/' | ':', position: i });
      i += 1;
    } else {
      const match = /^[A-Za-z0-9_.\-@$]+/.exec(filter.slice(i));
      if (!match) syntaxError(filter, i);
      tokens.push({ kind: 'identifier', text: match[0], position: i });
      i += match[0].length;
    }
  }
  return tokens;
}

class FilterParser {
  private index = 0;
  private readonly tokens: Token[];
  private readonly filter: string;

  constructor(filter: string) {
    this.filter = filter;
    this.tokens = tokenize(filter);
  }

  parse(): FilterExpression {
    if (this.tokens.length === 0) syntaxError(this.filter, 0);
    const expression = this.parseOr();
    const extra = this.tokens[this.index];
    if (extra) syntaxError(this.filter, extra.position);
    return expression;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (!token) syntaxError(this.filter, this.filter.length);
    this.index += 1;
    return token;
  }

  private isKeyword(word: string): boolean {
    const token = this.peek();
    return token?.kind === 'identifier' && token.text.toLowerCase() === word;
  }

  private expectPunctuation(text: string): void {
    const token = this.next();
    if (token.kind !== 'punctuation' || token.text !== text) syntaxError(this.filter, token.position);
  }

  private parseOr(): FilterExpression {
    let left = this.parseAnd();
    while (this.isKeyword('or')) {
      this.index += 1;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterExpression {
    let left = this.parseUnary();
    while (this.isKeyword('and')) {
      this.index += 1;
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterExpression {
    if (this.isKeyword('not')) {
      this.index += 1;
      return { kind: 'not', operand: this.parseUnary() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): FilterExpression {
    const token = this.next();
    if (token.kind === 'punctuation' && token.text === '(') {
      const inner = this.parseOr();
      this.expectPunctuation(')');
      return inner;
    }
    if (token.kind !== 'identifier') syntaxError(this.filter, token.position);

    const functionName = token.text.toLowerCase();
    const following = this.peek();
    if (
      (functionName === 'startswith' || functionName === 'endswith' || functionName === 'contains') &&
      following?.kind === 'punctuation' &&
      following.text === '('
    ) {
      this.index += 1;
      const property = this.parsePropertyPath();
      this.expectPunctuation(',');
      const value = this.parseStringLiteral();
      this.expectPunctuation(')');
      if (functionName === 'contains') fail(400, 'Request_UnsupportedQuery', 'Unsupported Query.');
      return { kind: functionName, property, value };
    }

    this.index -= 1;
    const property = this.parsePropertyPath();
    if (this.peek()?.kind === 'punctuation' && this.peek()?.text === '/') {
      return this.parseLambda(property);
    }
    const operatorToken = this.next();
    const operator = operatorToken.kind === 'identifier' ? operatorToken.text.toLowerCase() : '';
    if (operator === 'eq' || operator === 'ne') return { kind: 'compare', property, operator, value: this.parseLiteral() };
    if (operator === 'in') return { kind: 'in', property, values: this.parseLiteralList() };
    if (['gt', 'ge', 'lt', 'le'].includes(operator)) {
      fail(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified for property '${property}'.`);
    }
    syntaxError(this.filter, operatorToken.position);
  }

  private parsePropertyPath(): string {
    const token = this.next();
    if (token.kind !== 'identifier') syntaxError(this.filter, token.position);
    return token.text;
  }

  private parseLambda(property: string): FilterExpression {
    this.expectPunctuation('/');
    const lambdaToken = this.next();
    if (lambdaToken.kind !== 'identifier' || !['any', 'all'].includes(lambdaToken.text.toLowerCase())) {
      syntaxError(this.filter, lambdaToken.position);
    }
    if (lambdaToken.text.toLowerCase() === 'all') fail(400, 'Request_UnsupportedQuery', 'Unsupported Query.');
    this.expectPunctuation('(');
    const variable = this.parsePropertyPath();
    this.expectPunctuation(':');
    const head = this.next();
    if (head.kind !== 'identifier') syntaxError(this.filter, head.position);
    let predicate: { operator: 'eq' | 'startswith'; value: string };
    if (head.text.toLowerCase() === 'startswith') {
      this.expectPunctuation('(');
      const argument = this.parsePropertyPath();
      if (argument !== variable) syntaxError(this.filter, head.position);
      this.expectPunctuation(',');
      predicate = { operator: 'startswith', value: this.parseStringLiteral() };
      this.expectPunctuation(')');
    } else {
      if (head.text !== variable) syntaxError(this.filter, head.position);
      const operatorToken = this.next();
      if (operatorToken.kind !== 'identifier' || operatorToken.text.toLowerCase() !== 'eq') {
        syntaxError(this.filter, operatorToken.position);
      }
      predicate = { operator: 'eq', value: this.parseStringLiteral() };
    }
    this.expectPunctuation(')');
    return { kind: 'any', property, predicate };
  }

  private parseStringLiteral(): string {
    const literal = this.parseLiteral();
    if (typeof literal !== 'string') syntaxError(this.filter, this.tokens[this.index - 1]?.position ?? 0);
    return literal;
  }

  private parseLiteral(): Literal {
    const token = this.next();
    if (token.kind === 'string') return token.text;
    if (token.kind === 'identifier') {
      const word = token.text.toLowerCase();
      if (word === 'true') return true;
      if (word === 'false') return false;
      if (word === 'null') return null;
      // Unquoted GUIDs are how Edm.Guid literals are written.
      if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(token.text)) return token.text;
    }
    syntaxError(this.filter, token.position);
  }

  private parseLiteralList(): Literal[] {
    this.expectPunctuation('(');
    const values: Literal[] = [this.parseLiteral()];
    while (this.peek()?.kind === 'punctuation' && this.peek()?.text === ',') {
      this.index += 1;
      values.push(this.parseLiteral());
    }
    this.expectPunctuation(')');
    return values;
  }
}

export function parseFilter(filter: string): FilterExpression {
  return new FilterParser(filter).parse();
}

function propertyKind(target: FilterTarget, property: string): FilterPropertyKind {
  const kind = target.filterable[property];
  if (kind) return kind;
  if (!target.knownProperties.has(property)) {
    fail(400, 'BadRequest', `Could not find a property named '${property}' on type '${target.typeName}'.`);
  }
  fail(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified for property '${property}' of resource '${target.entitySet}'.`);
}

/** Check every clause against what the collection supports, before evaluating anything. */
export function checkFilter(expression: FilterExpression, target: FilterTarget): void {
  switch (expression.kind) {
    case 'and':
    case 'or':
      checkFilter(expression.left, target);
      checkFilter(expression.right, target);
      return;
    case 'not':
      checkFilter(expression.operand, target);
      return;
    case 'any':
      if (propertyKind(target, expression.property) !== 'stringCollection') {
        fail(400, 'BadRequest', `The 'any' operator can only be applied to collection property '${expression.property}'.`);
      }
      return;
    case 'endswith':
      if (!target.advancedQuery) {
        fail(
          400,
          'Request_UnsupportedQuery',
          "Operator 'endsWith' is not supported because the required parameters might be missing. Try adding $count with a value of true and set the ConsistencyLevel header to eventual.",
        );
      }
      if (propertyKind(target, expression.property) !== 'string') {
        fail(
          400,
          'Request_UnsupportedQuery',
          `Unsupported or invalid query filter clause specified for property '${expression.property}' of resource '${target.entitySet}'.`,
        );
      }
      return;
    default:
      if (propertyKind(target, expression.property) === 'stringCollection') {
        fail(400, 'BadRequest', `A collection property '${expression.property}' can only be filtered with a lambda operator such as any.`);
      }
  }
}

function fold(value: unknown): unknown {
  return typeof value === 'string' ? value.toLowerCase() : value;
}

export function evaluateFilter(expression: FilterExpression, read: (property: string) => unknown): boolean {
  switch (expression.kind) {
    case 'and':
      return evaluateFilter(expression.left, read) && evaluateFilter(expression.right, read);
    case 'or':
      return evaluateFilter(expression.left, read) || evaluateFilter(expression.right, read);
    case 'not':
      return !evaluateFilter(expression.operand, read);
    case 'compare': {
      const actual = fold(read(expression.property) ?? null);
      const equal = actual === fold(expression.value);
      return expression.operator === 'eq' ? equal : !equal;
    }
    case 'in': {
      const actual = fold(read(expression.property) ?? null);
      return expression.values.some((value) => fold(value) === actual);
    }
    case 'startswith':
    case 'endswith': {
      const actual = read(expression.property);
      if (typeof actual !== 'string') return false;
      const needle = expression.value.toLowerCase();
      return expression.kind === 'startswith' ? actual.toLowerCase().startsWith(needle) : actual.toLowerCase().endsWith(needle);
    }
    case 'any': {
      const actual = read(expression.property);
      if (!Array.isArray(actual)) return false;
      const needle = expression.predicate.value.toLowerCase();
      return actual.some((item) => {
        if (typeof item !== 'string') return false;
        const candidate = item.toLowerCase();
        return expression.predicate.operator === 'eq' ? candidate === needle : candidate.startsWith(needle);
      });
    }
  }
}
