/** A country shown as its ISO code with the flag emoji as decoration (the code is the accessible text). */
export function flagEmoji(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  const base = 0x1f1e6 - 'A'.charCodeAt(0);
  return String.fromCodePoint(base + code.charCodeAt(0), base + code.charCodeAt(1));
}

export function CountryFlag({ code }: { code: string | undefined }) {
  if (!code) return null;
  return (
    <span className="country-flag">
      <span aria-hidden="true">{flagEmoji(code)} </span>
      <abbr title={code}>{code}</abbr>
    </span>
  );
}
