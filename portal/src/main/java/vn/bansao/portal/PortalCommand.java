package vn.bansao.portal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;
import vn.bansao.common.BansaoException;
import vn.bansao.portal.internal.web.PortalAddress;
import vn.bansao.signing.SigningKey;
import vn.bansao.testkit.TestPki;

/**
 * {@code bansao portal}: Chạy cổng tích hợp / Run the portal. The options of earlier releases, turned into the
 * Spring Boot properties of {@link PortalApplication} (any other {@code --spring.*}, {@code --server.*} or
 * {@code --bansao.*} argument is passed on as is). Stops on Ctrl+C, or when its thread is interrupted.
 *
 * <pre>{@code
 * ./bansao portal --demo-pki                                   # everything on a throwaway test PKI
 * BANSAO_KEY_PASSWORD=... ./bansao portal --db so-chung-thuc --trust root.pem \
 *     --officer-pkcs12 officer.p12 --authority-pkcs12 seal.p12 --tsa http://tsa.example.vn
 * ./bansao portal --spring.datasource.url=jdbc:postgresql://db/register --spring.datasource.username=register
 * }</pre>
 */
@Command(name = "portal", mixinStandardHelpOptions = true,
        description = {
                "Chạy cổng tích hợp: REST API và trang xác minh bản sao (/xac-minh), trên Spring Boot.",
                "Run the portal: the REST API and the verification page (/xac-minh), on Spring Boot."})
public final class PortalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Địa chỉ lắng nghe / bind address (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Cổng / port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Tệp H2 của sổ chứng thực / register H2 file (default: in memory)")
    Path db;

    @Option(names = "--trust", paramLabel = "PEM", split = ",",
            description = "Chứng thư gốc tin cậy / trust anchors (PEM or DER files)")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--officer-pkcs12", paramLabel = "FILE",
            description = "Khóa của người thực hiện chứng thực / officer's PKCS#12 (password in $BANSAO_KEY_PASSWORD)")
    Path officerP12;

    @Option(names = "--authority-pkcs12", paramLabel = "FILE",
            description = "Khóa của cơ quan / authority's seal PKCS#12 (password in $BANSAO_KEY_PASSWORD)")
    Path authorityP12;

    /** The names of earlier releases, kept working but out of the help: every command now says --*-pkcs12. */
    @Option(names = "--officer-p12", hidden = true, paramLabel = "FILE")
    void officerP12Alias(Path file) {
        officerP12 = file;
    }

    @Option(names = "--authority-p12", hidden = true, paramLabel = "FILE")
    void authorityP12Alias(Path file) {
        authorityP12 = file;
    }

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Mật khẩu các tệp khóa (dòng đầu), như bansao sign / the key files' password (first line), "
                    + "as for bansao sign; else $BANSAO_KEY_PASSWORD")
    Path passwordFile;

    @Option(names = "--tsa", paramLabel = "URL", description = "Dịch vụ cấp dấu thời gian / RFC 3161 TSA URL")
    String tsa;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Địa chỉ công khai của trang xác minh, in vào mã QR / public address of /xac-minh for QR codes")
    String publicUrl;

    @Option(names = "--demo-pki",
            description = "Dùng PKI thử nghiệm (TSA/OCSP/CRL trên 127.0.0.1) / use a throwaway test PKI with loopback servers")
    boolean demoPki;

    @Option(names = "--max-upload-mb", defaultValue = "32",
            description = "Dung lượng tải lên tối đa (MiB) / upload limit (default: ${DEFAULT-VALUE})")
    int maxUploadMb;

    /** Spring Boot arguments ({@code --server.*}, {@code --spring.*}, {@code --bansao.*}), passed on unchanged. */
    @Unmatched
    List<String> springArguments = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: an error is one line on standard error and exit code 2, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PortalCommand());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("bansao portal: " + describe(e));
            if (System.getenv("BANSAO_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return 2;
        });
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        for (String argument : springArguments) {
            if (!argument.matches("--(spring|server|bansao|management|logging)\\..+")) {
                throw new ParameterException(spec.commandLine(), "tùy chọn không rõ / unknown option: " + argument);
            }
        }
        // only what was given: the defaults stay application.properties', below the environment (SPRING_DATASOURCE_URL...)
        Map<String, Object> properties = new LinkedHashMap<>();
        if (given("--host")) {
            properties.put("server.address", host);
        }
        if (given("--port")) {
            properties.put("server.port", port);
        }
        if (given("--max-upload-mb")) {
            properties.put("bansao.portal.max-upload-bytes", (long) maxUploadMb << 20);
        }
        if (db != null) {
            // the starter's own HikariCP pool on this H2 file
            properties.put("spring.datasource.url", "");
            properties.put("bansao.register.file", db.toAbsolutePath().toString());
        }
        if (publicUrl != null) {
            properties.put("bansao.portal.public-url", publicUrl);
        }
        List<Path> anchors = new ArrayList<>(trust);
        TestPki pki = null;
        Path pkiDir = null;
        try {
            if (demoPki) {
                pki = TestPki.start();
                pkiDir = Files.createTempDirectory("bansao-portal-pki-");
                Path written = pkiDir;
                // Ctrl+C ends the JVM through its shutdown hooks: the test keys must not stay behind
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(written), "portal-demo-pki-cleanup"));
                pki.writeTo(pkiDir);
                anchors.add(pkiDir.resolve("root.pem"));
                keys(properties, pkiDir.resolve("officer.p12"), pkiDir.resolve("authority.p12"),
                        Files.readString(pkiDir.resolve("password.txt")).lines().findFirst().orElse(""));
                properties.put("bansao.tsa.url", pki.tsaUrl());
            } else if (officerP12 != null || authorityP12 != null) {
                if (officerP12 == null || authorityP12 == null) {
                    throw new ParameterException(spec.commandLine(),
                            "cần cả --officer-pkcs12 và --authority-pkcs12 / give both --officer-pkcs12 and --authority-pkcs12");
                }
                String fromEnv = System.getenv("BANSAO_KEY_PASSWORD");
                if (passwordFile == null && fromEnv == null) {
                    throw new ParameterException(spec.commandLine(), "cần --password-file hoặc biến BANSAO_KEY_PASSWORD"
                            + " / give --password-file or set BANSAO_KEY_PASSWORD");
                }
                String password = passwordFile != null
                        ? Files.readString(passwordFile).lines().findFirst().orElse("") : fromEnv;
                keys(properties, officerP12, authorityP12, password);
            }
            if (tsa != null) {
                properties.put("bansao.tsa.url", tsa);
            }
            if (!anchors.isEmpty()) {
                properties.put("bansao.trust-anchors",
                        anchors.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining(",")));
            }
            run(properties, pki);
        } finally {
            if (pki != null) {
                pki.close();
            }
            delete(pkiDir);
        }
        return 0;
    }

    private boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** Opens both keys here first, so a wrong password is one clear line, then hands them to the starter. */
    private static void keys(Map<String, Object> properties, Path officer, Path authority, String password) {
        char[] secret = password.toCharArray();
        try {
            SigningKey.pkcs12(officer, secret);
            SigningKey.pkcs12(authority, secret);
        } finally {
            SigningKey.wipe(secret);
        }
        properties.put("bansao.keys.officer-pkcs12", officer.toAbsolutePath().toString());
        properties.put("bansao.keys.authority-pkcs12", authority.toAbsolutePath().toString());
        // in memory only: never on a command line, in the process list or a properties file
        properties.put("bansao.keys.password", password);
    }

    private void run(Map<String, Object> properties, TestPki pki) throws InterruptedException {
        SpringApplication application = new SpringApplication(PortalApplication.class);
        // above the environment and application.properties, below the --spring.*/--server.* arguments given here
        application.addInitializers(context -> {
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            MapPropertySource options = new MapPropertySource("bansaoPortalOptions", properties);
            if (sources.contains(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
                sources.addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME, options);
            } else {
                sources.addFirst(options);
            }
        });
        application.setRegisterShutdownHook(true);
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = application.run(springArguments.toArray(String[]::new))) {
            out.println("bansao portal: " + context.getBean(PortalAddress.class).uri().resolve("/xac-minh")
                    + "  (Ctrl+C để dừng / to stop)");
            context.getBeanProvider(vn.bansao.register.service.RegisterService.class).ifAvailable(service ->
                    out.println("  dịch vụ sổ chứng thực / register service: "
                            + context.getBean(PortalAddress.class).uri().resolve("/api/register/v1/")
                            + "\n  khóa điểm kiểm / checkpoint key: " + service.verifierKey()));
            if (pki != null) {
                out.println("  PKI thử nghiệm / test PKI: TSA " + pki.tsaUrl()
                        + " — KHÔNG dùng cho bản sao thật / never for real copies");
            }
            out.flush();
            while (context.isActive()) {
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The SDK's own message ("tiếng Việt / English") of the first cause that is an SDK error. */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BansaoException sdk) {
                String message = sdk.bilingualMessage();
                return message.lines().findFirst().orElse(message);
            }
            if (t == t.getCause()) {
                break;
            }
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder of test keys: left for the system to clean
        }
    }
}
