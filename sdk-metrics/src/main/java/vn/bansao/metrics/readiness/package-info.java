/** Bình Dương's pre-launch checklist and the review of officers' certificates. */
package vn.bansao.metrics.readiness;
