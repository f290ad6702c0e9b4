// eBay Skin (@ebay/skin, a CSS library): the page is a small Vue template that writes
// Skin's documented markup and class names (table, signal, checkbox, tabs, textbox,
// select, button, pagination). This is the one page source that writes its own table markup.
// Its class names were checked against the package it pins, @ebay/skin 19.27.0's
// dist/table/table.css (`table`, `table-cell`, `table-cell--numeric`, `table-cell--icon-action`),
// seen 2026-12-06. The reader by meaning reads these pages with every class stripped as well.
import { createApp } from 'vue';
import { P, cellLines, tableRows } from './common.js';

const F = P.flags;
const rows = tableRows();
const SIGNAL = { primary: 'signal--time-sensitive', success: 'signal--trustworthy', warning: 'signal--time-sensitive', danger: 'signal--time-sensitive', info: 'signal--neutral' };

const template = `
<div class="skin-page" style="display:flex;min-height:100vh">
  <nav class="skin-side" aria-label="Seller Hub" style="width:220px;border-right:1px solid #e5e5e5;padding:16px">
    <div class="section-title"><div class="section-title__title-container"><h2 class="section-title__title">{{ P.shopName }}</h2></div></div>
    <ul class="skin-menu" style="list-style:none;padding:0">
      <li v-for="m in P.menu" :key="m.index" style="margin:10px 0">
        <a class="fake-link" href="#" :aria-current="m.children ? 'true' : undefined">{{ m.label }}</a>
        <ul v-if="m.children" style="list-style:none;padding-left:16px">
          <li v-for="c in m.children" :key="c.index" style="margin:8px 0"><a class="fake-link" href="#" :aria-current="c.index === P.activeMenu ? 'page' : undefined">{{ c.label }}</a></li>
        </ul>
      </li>
    </ul>
  </nav>
  <main style="flex:1;padding:24px;min-width:0">
    <nav class="breadcrumbs" aria-labelledby="breadcrumbs-heading">
      <h2 id="breadcrumbs-heading" class="clipped">You are here</h2>
      <ul><li v-for="(c, i) in P.crumbs" :key="c"><a v-if="i < P.crumbs.length - 1" href="#">{{ c }}</a><a v-else aria-current="location">{{ c }}</a></li></ul>
    </nav>
    <h1 class="section-title__title" style="margin:12px 0">{{ P.title }}</h1>
    <div class="skin-stats" style="display:flex;gap:16px;margin-bottom:16px">
      <div v-for="s in P.stats" :key="s.title" class="card" style="flex:1;padding:16px;border:1px solid #e5e5e5;border-radius:16px">
        <div class="card__content"><div class="text-small">{{ s.title }}</div><div style="font-size:24px;font-weight:700">{{ s.value }}</div></div>
      </div>
    </div>
    <form class="skin-filters" style="display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;margin-bottom:16px" onsubmit="return false">
      <template v-for="f in P.filters" :key="f.label">
        <span v-if="f.type==='input'" class="field"><label class="field__label field__label--stacked" :for="'f-' + f.label">{{ f.label }}</label>
          <span class="field__control textbox"><input :id="'f-' + f.label" class="textbox__control" type="text" :placeholder="f.placeholder" /></span></span>
        <span v-else-if="f.type==='select'" class="field"><label class="field__label field__label--stacked">{{ f.label }}</label>
          <span class="field__control select"><select><option v-for="o in f.options" :key="o">{{ o }}</option></select><svg class="icon icon--16" aria-hidden="true"><use href="#icon-chevron-down-16"></use></svg></span></span>
        <template v-else>
          <span class="field"><label class="field__label field__label--stacked">{{ f.startPlaceholder }}</label><span class="field__control textbox"><input class="textbox__control" type="text" :value="dateText(f.start)" /></span></span>
          <span class="field"><label class="field__label field__label--stacked">{{ f.endPlaceholder }}</label><span class="field__control textbox"><input class="textbox__control" type="text" :value="dateText(f.end)" /></span></span>
        </template>
      </template>
      <button class="btn btn--primary" type="submit">{{ P.buttons[0] }}</button>
      <button class="btn btn--secondary" type="reset">{{ P.buttons[1] }}</button>
      <button class="btn btn--tertiary" type="button">{{ P.buttons[2] }}</button>
    </form>
    <div class="tabs">
      <div class="tabs__items" role="tablist">
        <div v-for="t in P.tabs" :key="t.name" class="tabs__item" role="tab" :aria-selected="t.name === P.activeTab ? 'true' : 'false'"><span>{{ t.label }}</span></div>
      </div>
    </div>
    <div :class="['table', F.selection && 'table--mode-selection', F.freeze && 'table--freeze-column-' + F.freeze, F.height && 'table--frozen-header', F.compact && 'table--density-compact']"
      :style="F.height ? 'max-height:' + F.height + 'px' : ''">
      <table>
        <thead>
          <tr>
            <th v-if="F.selection" class="table-cell"><span class="checkbox"><input class="checkbox__control" type="checkbox" :aria-label="P.selectAllLabel" /><span class="checkbox__icon" hidden><svg class="checkbox__unchecked icon icon--18" aria-hidden="true"><use href="#icon-checkbox-unchecked-18"></use></svg><svg class="checkbox__checked icon icon--18" aria-hidden="true"><use href="#icon-checkbox-checked-18"></use></svg></span></span></th>
            <th v-for="c in P.columns" :key="c.key" :class="['table-cell', c.align === 'right' && 'table-cell--numeric']" scope="col">{{ c.title }}</th>
          </tr>
        </thead>
        <tbody>
          <tr v-if="!rows.length"><td :colspan="P.columns.length + (F.selection ? 1 : 0)" class="table-cell">{{ P.emptyText }}</td></tr>
          <tr v-for="row in rows" :key="row.key">
            <td v-if="F.selection" class="table-cell"><span class="checkbox"><input class="checkbox__control" type="checkbox" :checked="(F.selectedKeys || []).includes(row.key)" :aria-label="P.selectRowLabel + ' ' + row.idText" /><span class="checkbox__icon" hidden><svg class="checkbox__unchecked icon icon--18" aria-hidden="true"></svg><svg class="checkbox__checked icon icon--18" aria-hidden="true"></svg></span></span></td>
            <component :is="c.rowHeader ? 'th' : 'td'" v-for="c in P.columns" :key="c.key" :scope="c.rowHeader ? 'row' : undefined" :class="['table-cell', c.align === 'right' && 'table-cell--numeric']">
              <span v-if="c.kind==='status'" :class="['signal', SIGNAL[row.statusType]]">{{ row.statusText }}</span>
              <span v-else-if="c.kind==='actions'"><button v-for="a in c.actions" :key="a" class="btn btn--secondary btn--small">{{ a }}</button></span>
              <div v-else-if="lines(row, c).length > 1" class="table-cell__layout"><div class="table-cell__multiline">
                <div v-for="(l, i) in lines(row, c)" :key="i" :class="['table-cell__data', i && 'table-cell__data--secondary']">{{ l }}</div></div></div>
              <template v-else>{{ lines(row, c)[0] }}</template>
            </component>
          </tr>
        </tbody>
      </table>
    </div>
    <nav class="pagination" aria-labelledby="pagination-heading" style="margin-top:16px">
      <span aria-live="polite" role="status"><h2 class="clipped" id="pagination-heading">Results Pagination - Page 1</h2></span>
      <a aria-disabled="true" aria-label="Previous page" class="icon-link pagination__previous"><svg class="icon icon--16" aria-hidden="true"><use href="#icon-chevron-left-16"></use></svg></a>
      <ol class="pagination__items">
        <li v-for="n in 5" :key="n"><a class="pagination__item" href="#" :aria-current="n === 1 ? 'page' : undefined">{{ n }}</a></li>
      </ol>
      <a aria-label="Next page" class="icon-link pagination__next" href="#"><svg class="icon icon--16" aria-hidden="true"><use href="#icon-chevron-right-16"></use></svg></a>
    </nav>
    <p class="text-small">{{ P.resultsText }}</p>
  </main>
</div>`;

function dateText(iso) {
  const [y, m, d] = iso.split('-');
  return P.lang === 'en-US' ? `${m}/${d}/${y}` : P.lang === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}

createApp({ template, setup: () => ({ P, F, rows, SIGNAL, lines: cellLines, dateText }) }).mount('#app');
setTimeout(() => { window.__RENDERED__ = true; }, 300);
