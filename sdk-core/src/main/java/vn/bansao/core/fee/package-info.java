/** Certification fees: the default tariff of Circular 226/2016/TT-BTC and configurable ones. */
package vn.bansao.core.fee;
