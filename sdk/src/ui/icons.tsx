import AccountBalance from '@mui/icons-material/AccountBalance';
import Assessment from '@mui/icons-material/Assessment';
import Badge from '@mui/icons-material/Badge';
import FamilyRestroom from '@mui/icons-material/FamilyRestroom';
import Folder from '@mui/icons-material/Folder';
import Home from '@mui/icons-material/Home';
import LocalHospital from '@mui/icons-material/LocalHospital';
import MenuIcon from '@mui/icons-material/Menu';
import Person from '@mui/icons-material/Person';
import Place from '@mui/icons-material/Place';
import Policy from '@mui/icons-material/Policy';
import ReceiptLong from '@mui/icons-material/ReceiptLong';
import Search from '@mui/icons-material/Search';
import Settings from '@mui/icons-material/Settings';

const icons = {
  account: AccountBalance,
  report: Assessment,
  badge: Badge,
  family: FamilyRestroom,
  folder: Folder,
  home: Home,
  menu: MenuIcon,
  hospital: LocalHospital,
  person: Person,
  place: Place,
  policy: Policy,
  claim: ReceiptLong,
  search: Search,
  settings: Settings,
} as const;

export type KenteIconName = keyof typeof icons;

/** Icons by the names manifests use; an unknown name falls back to a folder. */
export function KenteIcon({ name, fontSize = 'small' }: { name?: string | undefined; fontSize?: 'small' | 'medium' }) {
  const Icon = (name && icons[name as KenteIconName]) || Folder;
  return <Icon fontSize={fontSize} />;
}
