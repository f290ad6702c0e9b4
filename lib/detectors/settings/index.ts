/**
 * Every detector's settings, one schema file per detector (named by its id), composed here.
 * Kept apart from the detectors so lib/schema can import them without a cycle.
 */
import { z } from 'zod/mini';
import { AmountMismatchSettings } from './amount-mismatch';
import { DuplicateOrderSettings } from './duplicate-order';
import { ShipDeadlineSettings } from './ship-deadline';
import { MessageUnansweredSettings } from './message-unanswered';
import { NegativeReviewSettings } from './negative-review';
import { RateSpikeSettings } from './rate-spike';
import { StockRiskSettings } from './stock-risk';
import { UnpaidStaleSettings } from './unpaid-stale';
import { DeliveryOverdueSettings } from './delivery-overdue';
import { TrackingStalledSettings } from './tracking-stalled';
import { AddressIssueSettings } from './address-issue';
import { TrackingInvalidSettings } from './tracking-invalid';
import { CancelPendingSettings } from './cancel-pending';
import { RefundPendingSettings } from './refund-pending';
import { RepeatRefunderSettings } from './repeat-refunder';
import { AmountOutlierSettings } from './amount-outlier';
import { DisputeOpenSettings } from './dispute-open';

export const DetectorSettings = z.object({
  'ship-deadline': z.prefault(ShipDeadlineSettings, {}),
  'duplicate-order': z.prefault(DuplicateOrderSettings, {}),
  'amount-mismatch': z.prefault(AmountMismatchSettings, {}),
  'unpaid-stale': z.prefault(UnpaidStaleSettings, {}),
  'delivery-overdue': z.prefault(DeliveryOverdueSettings, {}),
  'tracking-stalled': z.prefault(TrackingStalledSettings, {}),
  'address-issue': z.prefault(AddressIssueSettings, {}),
  'tracking-invalid': z.prefault(TrackingInvalidSettings, {}),
  'cancel-pending': z.prefault(CancelPendingSettings, {}),
  'message-unanswered': z.prefault(MessageUnansweredSettings, {}),
  'negative-review': z.prefault(NegativeReviewSettings, {}),
  'stock-risk': z.prefault(StockRiskSettings, {}),
  'rate-spike': z.prefault(RateSpikeSettings, {}),
  'refund-pending': z.prefault(RefundPendingSettings, {}),
  'repeat-refunder': z.prefault(RepeatRefunderSettings, {}),
  'amount-outlier': z.prefault(AmountOutlierSettings, {}),
  'dispute-open': z.prefault(DisputeOpenSettings, {}),
});
