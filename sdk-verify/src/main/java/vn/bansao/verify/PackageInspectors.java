package vn.bansao.verify;

import vn.bansao.verify.internal.document.PackageInspector;

/** Chooses how bansao package metadata is read (bansao-core's CertifiedCopyReader). */
final class PackageInspectors {
    private PackageInspectors() {
    }

    static PackageInspector defaultInspector() {
        return new vn.bansao.verify.internal.document.CorePackageInspector();
    }
}
