package vn.bansao.verify;

import vn.bansao.verify.internal.document.PackageInspector;

/** Chooses how bansao package metadata is read (bansao-core's reader once available). */
final class PackageInspectors {
    private PackageInspectors() {
    }

    static PackageInspector defaultInspector() {
        return PackageInspector.none();
    }
}
