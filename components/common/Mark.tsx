/** The AdReady mark: a rounded square with a check, drawn inline (no network, no asset fetch). */
export function Mark({ size = 16 }: { size?: number }) {
  return (
    <svg class="adr-mark" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="22" height="22" rx="6" fill="#0f766e" />
      <path d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
