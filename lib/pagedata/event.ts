/** The page event carrying observed order data from the page's world to the extension's. */
export const PAGE_DATA_EVENT = 'order-sentinel:page-data';
