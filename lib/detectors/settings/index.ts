/**
 * Every detector's settings, one schema file per detector (named by its id), composed here.
 * Kept apart from the detectors so lib/schema can import them without a cycle.
 */
import { z } from 'zod';
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
  'ship-deadline': ShipDeadlineSettings.prefault({}),
  'duplicate-order': DuplicateOrderSettings.prefault({}),
  'amount-mismatch': AmountMismatchSettings.prefault({}),
  'unpaid-stale': UnpaidStaleSettings.prefault({}),
  'delivery-overdue': DeliveryOverdueSettings.prefault({}),
  'tracking-stalled': TrackingStalledSettings.prefault({}),
  'address-issue': AddressIssueSettings.prefault({}),
  'tracking-invalid': TrackingInvalidSettings.prefault({}),
  'cancel-pending': CancelPendingSettings.prefault({}),
  'message-unanswered': MessageUnansweredSettings.prefault({}),
  'negative-review': NegativeReviewSettings.prefault({}),
  'stock-risk': StockRiskSettings.prefault({}),
  'rate-spike': RateSpikeSettings.prefault({}),
  'refund-pending': RefundPendingSettings.prefault({}),
  'repeat-refunder': RepeatRefunderSettings.prefault({}),
  'amount-outlier': AmountOutlierSettings.prefault({}),
  'dispute-open': DisputeOpenSettings.prefault({}),
});
