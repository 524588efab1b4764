package vn.bansao.common;

/** Codes of the tests' own bundle {@code vn/bansao/common/sample*.properties}. */
enum SampleError implements ErrorCode {
    PAGE_REFUSED, PERCENT, QUOTED, MISSING_IN_VI, NOT_IN_ANY_BUNDLE;

    @Override
    public String bundle() {
        return "vn.bansao.common.sample";
    }
}
