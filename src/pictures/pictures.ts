import { svg, type SVGTemplateResult } from 'lit';
import type { PictureName } from '../content/types.js';

// Drawn for this project: soft, round shapes and no faces, so nothing looks frightening.
// The library's set of drawings, which packs name in their figure blocks. Colours come from classes in blocks.styles.ts, so themes, forced colours and print
// can change them. Each drawing's meaning is also given in words by its `alt` text.

const cancerCell = svg`
  <circle class="cell" cx="188" cy="70" r="40" />
  <circle class="cell-detail" cx="180" cy="62" r="11" />
  <circle class="cell-detail" cx="200" cy="84" r="5" />
  <circle class="cell-detail" cx="172" cy="88" r="4" />
`;

// A capsule, drawn across the path it blocks.
const medicine = (x: number, y: number, angle: number) => svg`
  <g class="medicine" transform="translate(${x} ${y}) rotate(${angle})">
    <rect x="-11" y="-24" width="22" height="48" rx="11" />
    <path d="M-11 0h22" />
  </g>
`;

export const pictures: Record<PictureName, SVGTemplateResult> = {
  'blood-vessels': svg`
    <path class="vessel" d="M8 70 H104" />
    <circle class="flow" cx="20" cy="70" r="3.5" />
    <circle class="flow flow-later" cx="20" cy="70" r="3.5" />
    <path class="vessel vessel-empty" d="M128 70 H146" />
    ${medicine(116, 70, 0)}
    ${cancerCell}
  `,
  signals: svg`
    <g class="signals">
      <path class="signal" d="M16 50 l12 10 -12 10" />
      <path class="signal signal-later" d="M16 70 l12 10 -12 10" />
      <path class="signal" d="M40 60 l12 10 -12 10" />
    </g>
    ${medicine(112, 70, 0)}
    ${cancerCell}
  `,
};
