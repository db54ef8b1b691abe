package de.thwien.dsr.benchmarks.pipeline;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** The per-case latency distribution (cumulative share of cases done after t seconds) as a PNG, drawn with Java2D. */
final class LatencyChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 480;
    private static final int LEFT = 70;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private LatencyChart() {
    }

    static void write(double[] latencySeconds, double p50, double p99, double floorSeconds, String title, Path png)
            throws IOException {
        double[] sorted = latencySeconds.clone();
        Arrays.sort(sorted);
        double max = Math.max(sorted.length == 0 ? 1 : sorted[sorted.length - 1], floorSeconds) * 1.05;
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i <= 10; i++) {
            int y = TOP + plotHeight - plotHeight * i / 10;
            g.setColor(new Color(230, 230, 230));
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString((i * 10) + " %", LEFT - 45, y + 4);
            double seconds = max * i / 10;
            int x = LEFT + plotWidth * i / 10;
            g.drawString(String.format("%.0f", seconds), x - 8, TOP + plotHeight + 18);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, plotWidth, plotHeight);
        g.drawString("seconds from request sent to answer sent", LEFT + plotWidth / 2 - 120, HEIGHT - 20);
        g.drawString("cases done", 8, TOP - 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, LEFT, 25);

        marker(g, floorSeconds, max, plotWidth, plotHeight, new Color(0, 140, 0),
                "floor " + String.format("%.2f", floorSeconds) + " s");
        marker(g, p50, max, plotWidth, plotHeight, new Color(200, 120, 0), "p50 " + fmt(p50) + " s");
        marker(g, p99, max, plotWidth, plotHeight, new Color(200, 0, 0), "p99 " + fmt(p99) + " s");

        g.setColor(new Color(20, 60, 180));
        g.setStroke(new BasicStroke(2f));
        int lastX = LEFT;
        int lastY = TOP + plotHeight;
        for (int i = 0; i < sorted.length; i++) {
            int x = LEFT + (int) (plotWidth * sorted[i] / max);
            int y = TOP + plotHeight - (int) (plotHeight * (i + 1) / (double) sorted.length);
            g.drawLine(lastX, lastY, x, lastY);
            g.drawLine(x, lastY, x, y);
            lastX = x;
            lastY = y;
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void marker(Graphics2D g, double seconds, double max, int plotWidth, int plotHeight, Color color,
            String label) {
        int x = LEFT + (int) (plotWidth * seconds / max);
        g.setColor(color);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        g.drawLine(x, TOP, x, TOP + plotHeight);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(label, x + 4, TOP + 14 + (label.startsWith("p99") ? 16 : label.startsWith("p50") ? 32 : 0));
        g.setStroke(new BasicStroke(1f));
    }

    private static String fmt(double seconds) {
        return String.format("%.1f", seconds);
    }
}
