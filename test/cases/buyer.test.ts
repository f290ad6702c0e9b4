import { describe, expect, it } from 'vitest';
import { buyerRatings } from '../../lib/cases/buyer';

describe('buyer ratings', () => {
  it('counts the buyer’s rated orders (name compared as the block list does), their average and the low ones', () => {
    const orders = [
      { buyer: 'tb_buyer_01', rating: 1 },
      { buyer: 'ＴＢ_buyer_01 ', rating: 4 },
      { buyer: 'tb_buyer_01' },
      { buyer: 'someone_else', rating: 5 },
    ];
    expect(buyerRatings(orders, 'tb_buyer_01')).toEqual({ count: 2, average: 2.5, low: 1 });
    expect(buyerRatings(orders, 'nobody')).toEqual({ count: 0, low: 0 });
  });
});
