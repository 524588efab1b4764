package vn.bansao.register.service.internal;

import vn.bansao.register.service.ServiceError;

/**
 * A request the service answers with an error status instead of data (thrown inside the service, rendered by
 * {@code RegisterService}).
 *
 * <pre>{@code
 * throw ServiceRefusal.badParameter("size", "phải từ 1", "must be at least 1");
 * }</pre>
 */
public final class ServiceRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient ServiceError error;

    public ServiceRefusal(int status, ServiceError error, Throwable cause) {
        super(error.code() + ": " + error.messageEn(), cause);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public ServiceError error() {
        return error;
    }

    /** 400 {@code BAD_PARAMETER} naming the parameter. */
    public static ServiceRefusal badParameter(String name, String whyVi, String whyEn) {
        return new ServiceRefusal(400, new ServiceError("BAD_PARAMETER",
                "Tham số \"" + name + "\" không hợp lệ: " + whyVi + ".",
                "The \"" + name + "\" parameter is invalid: " + whyEn + "."), null);
    }

    /** 400 {@code SIZE_NOT_SIGNED}: a tree size beyond the latest signed checkpoint. */
    public static ServiceRefusal sizeNotSigned(String name, long asked, long signed) {
        return new ServiceRefusal(400, new ServiceError("SIZE_NOT_SIGNED",
                "Tham số \"" + name + "\" = " + asked + " lớn hơn kích thước của điểm kiểm mới nhất đã ký (" + signed + ").",
                "The \"" + name + "\" parameter (" + asked + ") is beyond the latest signed checkpoint's size ("
                        + signed + ")."), null);
    }

    /** 404 {@code ENTRY_NOT_FOUND}. */
    public static ServiceRefusal entryNotFound(String number, long treeSize) {
        return new ServiceRefusal(404, new ServiceError("ENTRY_NOT_FOUND",
                "Sổ không có dòng nào về số " + number + " trong cây kích thước " + treeSize + ".",
                "The register has no row about number " + number + " in the tree of size " + treeSize + "."), null);
    }

    /** 503 {@code REGISTER_NOT_INTACT}: the log does not verify, so nothing is signed or served. */
    public static ServiceRefusal notIntact(Throwable cause) {
        return new ServiceRefusal(503, new ServiceError("REGISTER_NOT_INTACT",
                "Sổ chứng thực không còn nguyên vẹn (nhật ký không kiểm tra được); không cung cấp điểm kiểm.",
                "The certification register is not intact (its log does not verify); no checkpoint is served."), cause);
    }

    /** 503 {@code REGISTER_UNAVAILABLE}: the database cannot be read. */
    public static ServiceRefusal unavailable(Throwable cause) {
        return new ServiceRefusal(503, new ServiceError("REGISTER_UNAVAILABLE",
                "Sổ chứng thực tạm thời không truy cập được; vui lòng thử lại sau.",
                "The certification register is temporarily unavailable; please try again later."), cause);
    }
}
