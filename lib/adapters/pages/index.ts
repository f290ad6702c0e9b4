/**
 * Console pages that show orders by number only (reviews, buyer messages), read to fill fields of
 * stored orders (lib/ingest/annotate.ts): a list of imports, each page part carrying its own
 * metadata; each has its own content script (`entrypoints/<id>.content.ts`) so no console's
 * order-list script grows.
 */
import { amazonFeedback } from './amazon-feedback';
import { amazonMessages } from './amazon-messages';
import { douyinMessages } from './douyin-messages';
import { pinduoduoReviews } from './pinduoduo-reviews';
import { shopifyOrder } from './shopify-order';
import type { AnnotationPage } from './types';
import { woocommerceOrder } from './woocommerce-order';

export type { AnnotationPage, EntryField } from './types';

export const ANNOTATION_PAGES: readonly AnnotationPage[] = [pinduoduoReviews, amazonFeedback, amazonMessages, woocommerceOrder, douyinMessages, shopifyOrder];

export const annotationPageById = (id: string): AnnotationPage | undefined => ANNOTATION_PAGES.find((p) => p.id === id);

/** Their manifest match patterns (host permissions for exactly these pages). */
export const ANNOTATION_MATCHES: readonly string[] = /* @__PURE__ */ ANNOTATION_PAGES.flatMap((p) => p.matches);
