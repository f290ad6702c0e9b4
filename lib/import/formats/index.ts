/** The report formats the importer knows, most specific first (a list of imports, nothing more). */
import { amazonFlatFile, amazonSaleReport } from './amazon';
import { ebayOrdersReport, ebaySalesHistory } from './ebay';
import { etsySoldOrderItems, etsySoldOrders } from './etsy';
import { jdOrders } from './jd';
import { pinduoduoOrders } from './pinduoduo';
import { shopifyOrders } from './shopify';
import { taobaoOrders } from './taobao';
import type { ImportFormat } from './types';
import { woocommerceOrders } from './woocommerce';

export { genericReport } from './generic';
export type { ImportFormat, ImportKey, StatusFacts } from './types';

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  shopifyOrders,
  amazonFlatFile,
  amazonSaleReport,
  ebaySalesHistory,
  ebayOrdersReport,
  etsySoldOrderItems,
  etsySoldOrders,
  woocommerceOrders,
  taobaoOrders,
  pinduoduoOrders,
  jdOrders,
];
