import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../lib/backup/format';
import { problemText } from '../../lib/backup/messages';

const refused = (text: string) => {
  const r = parseBackup(text);
  if (r.ok) throw new Error('expected a refusal');
  return r;
};
const header = { format: 'order-sentinel-backup', version: 1, exportedAt: 1, schemaVersion: 2 };
const tables = { orders: [], statusHistory: [], cases: [], notes: [], caseEvents: [], settings: null };

describe('problemText', () => {
  it('says in English exactly what parseBackup says, for every kind of refusal', () => {
    const files = [
      '{"format":',
      '{"hello": 1}',
      JSON.stringify({ ...header, version: 'one', tables }),
      JSON.stringify({ ...header, version: 3, tables }),
      JSON.stringify({ ...header, tables: { ...tables, notes: [{ caseKey: 'seller-note|demo|1', text: '', createdAt: 5 }] } }),
      JSON.stringify({ ...header, tables: { ...tables, caseEvents: undefined } }),
      JSON.stringify({ ...header, exportedAt: -1, tables }),
      JSON.stringify({ ...header, tables: { ...tables, orders: [5] } }),
    ];
    for (const file of files) {
      const r = refused(file);
      expect(problemText('en', r.problem)).toBe(r.error);
    }
  });

  it('speaks Chinese with the record and field', () => {
    const r = refused(JSON.stringify({ ...header, tables: { ...tables, notes: [{ caseKey: 'seller-note|demo|1', text: '   ', createdAt: 5 }] } }));
    expect(problemText('zh', r.problem)).toMatch(/^备份中的备注第 1 条 \(seller-note\|demo\|1\)无效，字段 text：.+。$/);
    expect(problemText('zh', refused('{"hello": 1}').problem)).toBe('不是订单哨兵的备份文件（文件中没有 "format": "order-sentinel-backup"）。');
    expect(problemText('zh', refused(JSON.stringify({ ...header, version: 3, tables })).problem)).toBe(
      '这份备份是第 3 版，比当前扩展能读的版本（最高 1）更新：请先更新扩展。',
    );
  });
});
