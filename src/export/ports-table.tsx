import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import { FIREWALL_PORTS, FIREWALL_PORTS_HEADING, portsText, ruleText } from "../planning/firewall-ports";

/** The ports AKS on Azure Stack HCI needs open between VLANs, from the planner's own list. */
export function PortsTable() {
  return (
    // On a phone the table scrolls sideways: keyboard users must be able to reach and scroll it.
    <TableContainer tabIndex={0} role="region" aria-label={FIREWALL_PORTS_HEADING}>
      <Table size="small">
        <caption style={{ captionSide: "top", textAlign: "left", padding: "0 0 8px" }}>{FIREWALL_PORTS_HEADING}.</caption>
        <TableHead>
          <TableRow>
            <TableCell scope="col">Port</TableCell>
            <TableCell scope="col">Listens on</TableCell>
            <TableCell scope="col">Purpose</TableCell>
            <TableCell scope="col">Rule between VLANs</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {FIREWALL_PORTS.map((port) => (
            <TableRow key={port.ports.join("-")}>
              <TableCell component="th" scope="row">
                {portsText(port)}
              </TableCell>
              <TableCell>{port.listensOn}</TableCell>
              <TableCell>{port.purpose}</TableCell>
              <TableCell>{ruleText(port)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
