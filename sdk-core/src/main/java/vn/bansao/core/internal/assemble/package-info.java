/** Where the validated page plans, the certification page and the PDF/A parts become one file. */
package vn.bansao.core.internal.assemble;
