package vn.bansao.core;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;

/** Synthetic scans (ImageIO) and facts for tests: a page of "text" with paper noise, deterministic. */
public final class TestScans {

    private TestScans() {
    }

    /** An RGB page image of {@code w} x {@code h} with text lines and noise. */
    public static BufferedImage page(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(250, 248, 240));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(20, 20, 60));
        g.setFont(new Font(Font.SERIF, Font.PLAIN, Math.max(8, h / 90)));
        Random r = new Random(seed);
        for (int y = h / 12; y < h - h / 12; y += h / 60) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                sb.append((char) ('a' + r.nextInt(26)));
                if (r.nextInt(6) == 0) {
                    sb.append(' ');
                }
            }
            g.drawString(sb.toString(), w / 12, y);
        }
        g.dispose();
        // paper grain: what makes real scans' JPEGs ~1 MB at 300 dpi
        byte[] data = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < data.length; i++) {
            int v = (data[i] & 0xff) + r.nextInt(13) - 6;
            data[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return img;
    }

    public static byte[] jpeg(BufferedImage img, float quality) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bos)) {
            w.setOutput(out);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return bos.toByteArray();
    }

    public static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bos);
        return bos.toByteArray();
    }

    public static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    public static CertificationFacts facts(CertificationKind kind) {
        return CertificationFacts.builder()
                .kind(kind).number(123).book("01/2026-SCT/BS").registerType("SCT/BS")
                .date(LocalDate.of(2026, 11, 22))
                .certifyingBody("UBND phường Bến Nghé, Quận 1", "000.00.12.H29")
                .requester("Nguyễn Văn Ấn", "079123456789")
                .document("Bằng tốt nghiệp đại học", "Trường Đại học Cần Thơ", "A123456", LocalDate.of(2010, 7, 1))
                .pages(2).copies(1).certifier("Trần Thị Bình", "Công chức Tư pháp - Hộ tịch")
                .fee(4000).portalUrl("https://dichvucong.example.vn/xac-minh")
                .build();
    }
}
