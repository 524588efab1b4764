/** Plans: targets per indicator, level, group and period, with yearly escalation. */
package vn.bansao.metrics.target;
