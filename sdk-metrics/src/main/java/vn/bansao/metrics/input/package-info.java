/** Catalogues of units and procedures, and certification records. */
package vn.bansao.metrics.input;
