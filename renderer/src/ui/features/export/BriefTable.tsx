// A table of the print view's brief (events, lexicon counts): a header row and rows of text cells,
// the same markup Word gets from the same header and cell functions.
export function BriefTable({ header, rows }: { header: readonly string[]; rows: readonly { key: string; cells: readonly string[] }[] }) {
  return (
    <table className="brief__events">
      <thead>
        <tr>
          {header.map((text) => (
            <th key={text}>{text}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((text, index) => (
              <td key={index}>{text}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
