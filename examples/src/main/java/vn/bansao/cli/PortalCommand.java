package vn.bansao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bansao.portal.PortalConfig;
import vn.bansao.portal.PortalServer;

/** {@code bansao portal}: Chạy cổng tích hợp mẫu / Run the portal integration example. */
@Command(name = "portal", mixinStandardHelpOptions = true,
        description = {
                "Chạy cổng tích hợp mẫu: REST API và trang xác minh bản sao (/xac-minh).",
                "Run the portal integration example: the REST API and the verification page (/xac-minh)."})
final class PortalCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Địa chỉ lắng nghe / bind address (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Cổng / port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Tệp H2 của sổ chứng thực / register H2 file (default: in memory)")
    Path db;

    @Option(names = "--max-upload-mb", defaultValue = "32",
            description = "Dung lượng tải lên tối đa (MiB) / upload limit (default: ${DEFAULT-VALUE})")
    int maxUploadMb;

    @Override
    public Integer call() throws Exception {
        PortalConfig config = PortalConfig.builder()
                .host(host)
                .port(port)
                .registerDatabase(db)
                .maxUploadBytes((long) maxUploadMb << 20)
                .build();
        try (PortalServer portal = PortalServer.start(config)) {
            Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "portal-shutdown"));
            System.out.println("bansao portal: " + portal.uri().resolve("/xac-minh") + "  (Ctrl+C để dừng / to stop)");
            portal.awaitStop();
        }
        return 0;
    }
}
