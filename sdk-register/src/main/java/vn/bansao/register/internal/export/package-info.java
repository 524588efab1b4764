/** The register book as CSV and as a printable PDF. */
package vn.bansao.register.internal.export;
