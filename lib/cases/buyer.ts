/** The buyer's ratings in this shop, beside their orders, refunds and disputes (DOMAIN.md 信用评级). */
import { sameBuyer } from '../inbox/buyer';
import type { Order } from '../schema';

export interface BuyerRatings {
  /** Orders of this buyer that carry a rating. */
  count: number;
  /** Their average, rounded to one decimal; undefined without ratings. */
  average?: number;
  /** Ratings of 2 stars or fewer. */
  low: number;
}

export function buyerRatings(orders: readonly Pick<Order, 'buyer' | 'rating'>[], buyer: string): BuyerRatings {
  let count = 0;
  let sum = 0;
  let low = 0;
  for (const o of orders) {
    if (o.rating === undefined || o.buyer === undefined || !sameBuyer(o.buyer, buyer)) continue;
    count++;
    sum += o.rating;
    if (o.rating <= 2) low++;
  }
  return count === 0 ? { count, low } : { count, average: Math.round((sum / count) * 10) / 10, low };
}
