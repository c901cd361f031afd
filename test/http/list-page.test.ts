import { describe, expect, it } from 'vitest';
import { listPageOf } from '../../src/http/list-response.js';
import { LIST_PAGE } from '../../src/world/coverage-plan.js';

const page = (p: number, total: number, pageSize = 20) =>
  `{"code":"success","data":{"patients":[],"pagination":${JSON.stringify({ page: p, pageSize, totalCount: total, totalPages: Math.ceil(total / pageSize) })}}}`;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('listPageOf', () => {
  it.each([
    ['a page with items', page(1, 45), LIST_PAGE.items],
    ['the last page', page(3, 45), LIST_PAGE.items],
    ['an empty list', page(1, 0), LIST_PAGE.empty],
    ['an empty list past its first page', page(7, 0), LIST_PAGE.empty],
    ['a page past the end', page(4, 45), LIST_PAGE.pastEnd],
    ['the largest numbers', page(1_000_000_000, 99_999_999, 100), LIST_PAGE.pastEnd],
    ['a body of another shape', '{"code":"success","data":{"id":"x"}}', LIST_PAGE.items],
    ['nothing', '', LIST_PAGE.items],
  ])('reads %s, as bytes and as a string', (_what, body, expected) => {
    expect(listPageOf(bytes(body), 'paginated')).toBe(expected);
    expect(listPageOf(body, 'paginated')).toBe(expected);
  });

  it('reads an array list: empty or not', () => {
    expect(listPageOf('{"code":"success","data":[]}', 'array')).toBe(LIST_PAGE.empty);
    expect(listPageOf(bytes('{"code":"success","data":[{"id":"x"}]}'), 'array')).toBe(LIST_PAGE.items);
  });
});
