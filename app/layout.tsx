import "./globals.css";

export const metadata = { title: "SecondEar", description: "Review customer interviews in pairs." };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
