// Fourth held-out set on react-bootstrap with Bootstrap 5 admin markup (an AdminLTE-style card):
// a striped, hoverable table with badges, a summary row in <tfoot> and a pagination bar.
import React from 'react';
import { createRoot } from 'react-dom/client';
import 'bootstrap/dist/css/bootstrap.min.css';
import { Card, Table, Badge, Pagination, Form, Container } from 'react-bootstrap';
import { P, useReady, sum } from './common.js';
import { COLUMNS, TONE, lines4 } from './heldout4-common.js';
import { formatMoney4 } from '../../heldout4.mjs';

function App() {
  useReady(500);
  return (
    <Container fluid className="p-3">
      <h1 className="h3 mb-3">{P.options.heading}</h1>
      <Card>
        <Card.Header><Card.Title as="h3" className="h6 m-0">{P.options.cardTitle}</Card.Title></Card.Header>
        <Card.Body className="p-0">
          <Table striped hover responsive className="m-0 align-middle">
            <thead>
              <tr><th style={{ width: 36 }}><Form.Check aria-label="all" /></th>{COLUMNS.map((c) => <th key={c.key} className={c.align === 'right' ? 'text-end' : undefined}>{c.title}</th>)}<th>{P.options.actions}</th></tr>
            </thead>
            <tbody>
              {P.orders.map((o, i) => (
                <tr key={o.orderId}>
                  <td><Form.Check aria-label={o.orderId} defaultChecked={i === 2} /></td>
                  {COLUMNS.map((c) => <td key={c.key} className={c.align === 'right' ? 'text-end' : undefined}>
                    {c.kind === 'status' ? <Badge bg={TONE[o.status]}>{o.statusText}</Badge> : lines4(o, c.kind).map((l, k) => <div key={k}>{l}</div>)}
                  </td>)}
                  <td><a href="#" className="btn btn-sm btn-outline-primary">{P.options.view}</a></td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="fw-bold"><td />{COLUMNS.map((c, k) => <td key={c.key} className={c.align === 'right' ? 'text-end' : undefined}>{k === 0 ? `${P.options.totalLabel} (${P.orders.length})` : c.kind === 'total' ? formatMoney4(sum(P.orders), P.options.money) : ''}</td>)}<td /></tr>
            </tfoot>
          </Table>
        </Card.Body>
        <Card.Footer className="clearfix">
          <Pagination size="sm" className="m-0 float-end">
            <Pagination.Prev /><Pagination.Item active>1</Pagination.Item><Pagination.Item>2</Pagination.Item><Pagination.Item>3</Pagination.Item><Pagination.Next />
          </Pagination>
        </Card.Footer>
      </Card>
    </Container>
  );
}

createRoot(document.getElementById('root')).render(<App />);
